package fr.caleol.housing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;

/** Label / value pairs shown as a description list ({@code <dl>}), which screen readers announce as such. */
class Facts extends DescriptionList {

    Facts() {
        addClassName("caleol-facts");
    }

    Facts add(String label, String value) {
        add(new Term(label), new Description(value));
        return this;
    }

    Facts add(String label, Component value) {
        add(new Term(label), new Description(value));
        return this;
    }
}
