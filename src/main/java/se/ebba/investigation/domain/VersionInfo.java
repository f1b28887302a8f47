package se.ebba.investigation.domain;

import java.time.Instant;

/** A saved version of a document, for its history. */
public record VersionInfo(int version, InvestigationStatus status, Instant savedAt, String savedByName) {
}
