package se.ebba.identity.domain;

/** A personnummer that cannot be right, with a Swedish message saying what is wrong with it. */
public class InvalidPersonalNumberException extends IllegalArgumentException {

    public enum Kind {
        EMPTY("Ange ett personnummer."),
        FORMAT("Personnumret ska ha 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN."),
        DATE("Personnumret innehåller inget giltigt datum (för samordningsnummer: dag + 60)."),
        CHECK_DIGIT("Kontrollsiffran (den sista siffran) stämmer inte. Kontrollera personnumret."),
        FUTURE_DATE("Personnumrets födelsedatum ligger i framtiden.");

        private final String message;

        Kind(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Kind kind;

    public InvalidPersonalNumberException(Kind kind) {
        super(kind.message());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
