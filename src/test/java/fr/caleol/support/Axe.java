package fr.caleol.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core (Deque) run in a page: the WCAG 2.1 A and AA violations it finds, one line each, for an assertion that
 * there are none. Vaadin's development tools (present in development mode only, not part of the product) are left
 * out.
 */
public final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String DEVELOPMENT_TOOLS = "vaadin-dev-tools, copilot-main";

    private Axe() {}

    /** The violations of the page as it is now, e.g. "color-contrast: Elements must meet ... [#id, .class]". */
    public static List<String> violations(Page page) {
        page.evaluate("() => document.querySelectorAll('" + DEVELOPMENT_TOOLS + "').forEach(e => e.remove())");
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        return results.getViolations().stream().map(Axe::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5)
                        .collect(Collectors.joining(", ", "[", "]"));
    }
}
