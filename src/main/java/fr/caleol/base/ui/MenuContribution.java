package fr.caleol.base.ui;

import java.util.List;

/** Implemented by a Spring bean in each feature's UI to add its entries to the side navigation. */
public interface MenuContribution {
    List<MenuEntry> entries();
}
