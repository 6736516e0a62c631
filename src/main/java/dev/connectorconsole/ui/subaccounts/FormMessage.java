package dev.connectorconsole.ui.subaccounts;

/** The line above a form's buttons: nothing, a confirmation, or a problem that fits no single field. */
public record FormMessage(Kind kind, String text) {
    public enum Kind { NONE, SUCCESS, ERROR }

    public static final FormMessage NONE = new FormMessage(Kind.NONE, "");

    public static FormMessage success(String text) { return new FormMessage(Kind.SUCCESS, text); }

    public static FormMessage error(String text) { return new FormMessage(Kind.ERROR, text); }
}
