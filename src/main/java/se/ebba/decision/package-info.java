/**
 * Decision: applications, decisions per applied item with reasons and legal basis, delegation,
 * child impact analyses, notification and appeal (förvaltningslagen 2017:900 31–33, 44 §§).
 * So far: the appeal deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decision")
package se.ebba.decision;
