package dev.connectorconsole.ui.guide;

/** Where the guide's step buttons lead: the screens that do the work. */
public interface GuideActions {
    /** Steps 3 and 4: build the image, run the container. */
    void openContainer();

    /** Step 5: sign in and change the initial password. */
    void openSignIn();

    /** Step 6: add the subaccount. */
    void openSubaccounts();

    /** Step 7: expose an on-premise system. */
    void openAccessControl();

    /** Step 8. */
    void openDashboard();
}
