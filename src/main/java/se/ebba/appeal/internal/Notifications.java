package se.ebba.appeal.internal;

import java.util.List;
import java.util.UUID;
import se.ebba.appeal.domain.Notification;

/** When applicants received decisions (delgivning). Appended, never changed: a correction is a new notification. */
public interface Notifications {

    void add(Notification notification, UUID recordedBy);

    /** The decision's notifications, oldest first; the newest is in force. */
    List<Notification> notifications(UUID decisionId);
}
