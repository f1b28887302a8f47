/**
 * A decision letter's content ({@code DecisionLetter}) and its PDF. The content is a named interface:
 * the appeal module shows the letter on the decision page and keeps its rendered HTML.
 */
@org.springframework.modulith.NamedInterface("letter")
package se.ebba.decision.letter;
