package se.ebba.changeplan.domain;

/** Something added to a plan; parts are appended, never changed. */
public sealed interface PlanPart permits PlanVersion, FollowUp, Signature, MissedActivity {
}
