package org.geofacts.agreement;

import java.util.List;

import org.geofacts.model.PartialDate;

/** Resolved filters of GET /agreements; null does not filter, an empty party list matches nothing. */
public record AgreementFilter(List<String> partyCodes, String kind, PartialDate signedFrom, PartialDate signedTo) {
}
