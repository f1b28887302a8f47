package se.ebba.appeal.domain;

/** How the applicant received the decision (delgivning). */
public enum NotificationMethod {
    HANDED_OVER("Lämnades över vid besök"),
    POST("Brev – den sökande har bekräftat dagen"),
    DIGITAL("Digitalt – mottaget i e-tjänsten"),
    PHONE_CONFIRMED("Bekräftat per telefon");

    private final String text;

    NotificationMethod(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
