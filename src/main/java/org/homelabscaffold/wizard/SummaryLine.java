package org.homelabscaffold.wizard;

/**
 * One answer as the summary shows it.
 *
 * @param key answers-file key
 * @param title the question's title
 * @param value the value as text
 * @param origin "default", "detected from FILE" or "your answer"
 */
public record SummaryLine(String key, String title, String value, String origin) {}
