package se.ebba.calculation.domain;

public enum MemberRole {
    APPLICANT, CO_APPLICANT, CHILD
}
