/**
 * Decision: decisions per applied item with reasons and the legal basis of the decision date,
 * delegation, proposals to someone with delegation, and the decision letter (förvaltningslagen
 * 2017:900 31–33 §§).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decision")
package se.ebba.decision;
