package dev.connectorconsole.guide;

/**
 * One step of the seed's path from nothing to a connected subaccount.
 *
 * @param number  1-based position
 * @param title   short imperative title
 * @param details what the step means and where things are found, in plain words
 * @param done    whether the real state shows the step as done
 */
public record GuideStep(int number, String title, String details, boolean done) {
}
