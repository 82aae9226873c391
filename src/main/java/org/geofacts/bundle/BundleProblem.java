package org.geofacts.bundle;

/** One thing wrong with a bundle: a JSON pointer into it and what is wrong there. */
public record BundleProblem(String pointer, String message) {
}
