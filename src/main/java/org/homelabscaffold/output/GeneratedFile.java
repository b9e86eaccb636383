package org.homelabscaffold.output;

/** One file to write: its path relative to the project folder, its text and its mode. */
public record GeneratedFile(String path, String content, boolean executable) {}
