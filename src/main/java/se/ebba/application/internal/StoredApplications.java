package se.ebba.application.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.StateChange;

/** Applications with their items and the history of their states. Items are never changed (a correction withdraws and adds); the state moves by transitions. */
public interface StoredApplications {

    /** Stores a new application with its items and its first transitions. */
    void add(Application application, UUID registeredBy);

    /**
     * Stores the application's new state and appends its transitions and the correction of its items
     * (withdrawals and new items), if the application is still at the version it was read at;
     * otherwise a {@code ConcurrentEditException}.
     */
    void saveTransitions(Application application);

    Optional<Application> application(ApplicationId id);

    /** The application when it belongs to the case; one of another case is as if it did not exist. */
    default Optional<Application> applicationOfCase(UUID caseId, ApplicationId applicationId) {
        return application(applicationId).filter(a -> a.caseId().equals(caseId));
    }

    /** The case's applications, newest benefit month first. */
    List<Application> applicationsOfCase(UUID caseId);

    /** The application's transitions, oldest first. */
    List<StateChange> history(ApplicationId id);

    /** Whether the case has an application that is not yet decided. */
    boolean hasOpenApplication(UUID caseId);
}
