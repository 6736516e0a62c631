package dev.connectorconsole.common;

/**
 * How a generated Dockerfile marks a build stage whose image must not outlive the build (the SAP image's
 * {@code unpack} stage holds the downloaded installer files): the stage declares {@code ARG} {@value #BUILD_ID_ARG} and
 * labels itself {@value #LABEL}{@code ="${}}{@value #BUILD_ID_ARG}{@code }"}. The image builder passes a fresh id per
 * build and removes the untagged images carrying that id once the build is over.
 */
public final class IntermediateStage {
    public static final String BUILD_ID_ARG = "CONNECTOR_CONSOLE_BUILD";
    public static final String LABEL = "dev.connectorconsole.intermediate-of";

    private IntermediateStage() {}
}
