package org.geofacts.bundle;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.All;

/**
 * Every kind the kind packages plug in, in bundle-section order (what an entry refers to comes
 * first), so the pipeline checks and writes a bundle without knowing any kind itself.
 */
@ApplicationScoped
public class FactKinds {

    private final List<FactKind<?, ?, ?>> ordered;
    private final Map<String, FactKind<?, ?, ?>> bySection;

    public FactKinds(@All List<FactKind<?, ?, ?>> kinds) {
        this.ordered = kinds.stream().sorted(Comparator.comparingInt(k -> FactBundle.SECTIONS.indexOf(k.section()))).toList();
        this.bySection = kinds.stream().collect(Collectors.toMap(FactKind::section, Function.identity()));
        if (!bySection.keySet().containsAll(FactBundle.SECTIONS)) {
            throw new IllegalStateException("a bundle section has no kind: " + FactBundle.SECTIONS + " vs " + bySection.keySet());
        }
    }

    public List<FactKind<?, ?, ?>> inOrder() {
        return ordered;
    }

    public FactKind<?, ?, ?> of(String section) {
        return bySection.get(section);
    }
}
