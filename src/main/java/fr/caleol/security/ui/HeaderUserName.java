package fr.caleol.security.ui;

import fr.caleol.base.ui.CurrentUserName;
import fr.caleol.security.service.UserService;
import org.springframework.stereotype.Component;

@Component
class HeaderUserName implements CurrentUserName {

    private final UserService userService;

    HeaderUserName(UserService userService) {
        this.userService = userService;
    }

    @Override
    public String displayName() {
        return userService.currentDisplayName();
    }
}
