package se.ebba.decision.domain;

import se.ebba.calculation.domain.Kronor;

/**
 * A part of what was applied for that the decision does not grant although the item itself is
 * granted: a cost limited to the unit's reasonable level, or a norm lowered for special reasons. It
 * is a partial refusal (avslag) of that part and needs its own reasons, the legal basis, child
 * impact analyses and the appeal instructions (förvaltningslagen 32–33 §§).
 *
 * @param key       stable within the saved calculation (the position of its line), names the form field
 * @param subject   what is refused, as the letter says it: "din boendekostnad"
 * @param amount    the kronor refused per month
 * @param because   why, from the calculation: "den är högre än vad som är skäligt (…)"
 * @param legalReference the paragraph the refusal rests on
 * @param reasons   the caseworker's reasons for this household ("" in a draft until written)
 */
public record RefusedPart(String key, String subject, long amount, String because, String legalReference, String reasons) {

    public RefusedPart {
        reasons = reasons == null ? "" : reasons.strip();
    }

    public RefusedPart withReasons(String text) {
        return new RefusedPart(key, subject, amount, because, legalReference, text);
    }

    /** "Du får avslag på 2 170 kr av din boendekostnad eftersom den är högre än vad som är skäligt (…)." */
    public String statement() {
        return "Du får avslag på " + Kronor.format(amount) + " kr av " + subject + " eftersom " + because + ".";
    }
}
