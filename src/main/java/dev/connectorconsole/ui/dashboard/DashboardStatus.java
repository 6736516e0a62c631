package dev.connectorconsole.ui.dashboard;

/** What the dashboard's main area shows. */
public enum DashboardStatus { NOT_SIGNED_IN, LOADING, READY, EMPTY, UNREACHABLE, FAILED }
