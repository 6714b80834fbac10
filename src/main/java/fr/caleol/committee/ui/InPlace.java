package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.dom.Element;
import java.util.Objects;

/**
 * Updates of a component in place that send nothing to the browser when nothing changed: the live sitting's
 * screens apply every new state of the sitting, and only what differs travels.
 */
final class InPlace {

    private InPlace() {}

    static void text(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }

    static void attribute(Component component, String name, String value) {
        Element element = component.getElement();
        if (!Objects.equals(element.getAttribute(name), value)) {
            if (value == null) {
                element.removeAttribute(name);
            } else {
                element.setAttribute(name, value);
            }
        }
    }

    static void visible(Component component, boolean visible) {
        if (component.isVisible() != visible) {
            component.setVisible(visible);
        }
    }

    static void className(Component component, String name, boolean on) {
        if (component.hasClassName(name) != on) {
            component.setClassName(name, on);
        }
    }

    static void enabled(com.vaadin.flow.component.HasEnabled component, boolean enabled) {
        if (component.isEnabled() != enabled) {
            component.setEnabled(enabled);
        }
    }
}
