package org.homelabscaffold.update;

/**
 * One generated file as recorded in the state folder.
 *
 * @param status how the file stood after the last run
 * @param base the file's text as homelab-scaffold last generated it, or null when that copy is missing
 * @param executable whether the generated file has the executable bit
 */
public record RecordedFile(FileStatus status, String base, boolean executable) {}
