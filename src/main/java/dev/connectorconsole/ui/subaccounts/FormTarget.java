package dev.connectorconsole.ui.subaccounts;

/** Where in the subaccount form a connector error belongs. */
public enum FormTarget { REGION, SUBACCOUNT, CLOUD_CREDENTIALS, LOCATION_ID, DISPLAY_NAME, DESCRIPTION, FORM }
