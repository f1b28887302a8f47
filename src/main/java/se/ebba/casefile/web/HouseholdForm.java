package se.ebba.casefile.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/** The household registration form as the browser posts it (field names like children[0].personalNumber). */
public class HouseholdForm {

    private String unitId;
    private String caseworkerId;
    private PersonFields applicant = new PersonFields();
    private PersonFields coApplicant = new PersonFields();
    private List<PersonFields> children = new ArrayList<>();
    private List<PersonFields> otherAdults = new ArrayList<>();

    HouseholdRegistration toRegistration() {
        return new HouseholdRegistration(
                unitId == null || unitId.isBlank() ? null : new UnitId(UUID.fromString(unitId)),
                applicant.toInput(),
                coApplicant.isEmpty() ? null : coApplicant.toInput(),
                children.stream().filter(c -> !c.isEmpty()).map(PersonFields::toInput).toList(),
                otherAdults.stream().filter(c -> !c.isEmpty()).map(PersonFields::toInput).toList(),
                caseworkerId == null || caseworkerId.isBlank() ? null : new UserId(UUID.fromString(caseworkerId)));
    }

    /** Removes empty rows so that error field names match the rows the user filled in. */
    void compact() {
        children = new ArrayList<>(children.stream().filter(c -> !c.isEmpty()).toList());
        otherAdults = new ArrayList<>(otherAdults.stream().filter(c -> !c.isEmpty()).toList());
    }

    void ensureRows(int minChildren, int minOtherAdults) {
        while (children.size() < minChildren) {
            children.add(new PersonFields());
        }
        while (otherAdults.size() < minOtherAdults) {
            otherAdults.add(new PersonFields());
        }
    }

    public String getUnitId() { return unitId; }
    public void setUnitId(String unitId) { this.unitId = unitId; }
    public String getCaseworkerId() { return caseworkerId; }
    public void setCaseworkerId(String caseworkerId) { this.caseworkerId = caseworkerId; }
    public PersonFields getApplicant() { return applicant; }
    public void setApplicant(PersonFields applicant) { this.applicant = applicant; }
    public PersonFields getCoApplicant() { return coApplicant; }
    public void setCoApplicant(PersonFields coApplicant) { this.coApplicant = coApplicant; }
    public List<PersonFields> getChildren() { return children; }
    public void setChildren(List<PersonFields> children) { this.children = children; }
    public List<PersonFields> getOtherAdults() { return otherAdults; }
    public void setOtherAdults(List<PersonFields> otherAdults) { this.otherAdults = otherAdults; }

    public static class PersonFields {
        @Size(max = PersonLimits.PERSONAL_NUMBER)
        private String personalNumber = "";
        @Size(max = PersonLimits.NAME)
        private String firstName = "";
        @Size(max = PersonLimits.NAME)
        private String lastName = "";
        private boolean protectedIdentity;
        @Size(max = PersonLimits.ADDRESS)
        private String streetAddress = "";
        @Size(max = PersonLimits.POSTAL_CODE)
        private String postalCode = "";
        @Size(max = PersonLimits.NAME)
        private String city = "";

        boolean isEmpty() {
            return blank(personalNumber) && blank(firstName) && blank(lastName);
        }

        PersonInput toInput() {
            return new PersonInput(personalNumber, firstName, lastName, protectedIdentity, streetAddress, postalCode, city);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getPersonalNumber() { return personalNumber; }
        public void setPersonalNumber(String v) { this.personalNumber = v; }
        public String getFirstName() { return firstName; }
        public void setFirstName(String v) { this.firstName = v; }
        public String getLastName() { return lastName; }
        public void setLastName(String v) { this.lastName = v; }
        public boolean isProtectedIdentity() { return protectedIdentity; }
        public void setProtectedIdentity(boolean v) { this.protectedIdentity = v; }
        public String getStreetAddress() { return streetAddress; }
        public void setStreetAddress(String v) { this.streetAddress = v; }
        public String getPostalCode() { return postalCode; }
        public void setPostalCode(String v) { this.postalCode = v; }
        public String getCity() { return city; }
        public void setCity(String v) { this.city = v; }
    }
}
