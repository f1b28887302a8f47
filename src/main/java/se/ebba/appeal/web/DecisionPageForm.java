package se.ebba.appeal.web;

/**
 * The forms of the decision page as one record: the notification (notifiedOn, method), a new appeal
 * (receivedOn, summary) and a step of an appeal (step, date, note). Each post fills its own fields;
 * the page shows them again with the errors.
 */
public record DecisionPageForm(String notifiedOn, String method, String receivedOn, String summary, String step, String date, String note) {

    static DecisionPageForm empty() {
        return new DecisionPageForm(null, null, null, null, null, null, null);
    }
}
