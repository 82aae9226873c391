package org.geofacts.bundle;

import java.util.List;

/** A bundle that failed validation; nothing of it was written. */
public class BundleRejectedException extends RuntimeException {

    private final List<BundleProblem> problems;

    public BundleRejectedException(List<BundleProblem> problems) {
        super(problems.size() + " problem(s) in bundle, first: " + problems.get(0).pointer() + ": " + problems.get(0).message(),
                null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<BundleProblem> problems() {
        return problems;
    }
}
