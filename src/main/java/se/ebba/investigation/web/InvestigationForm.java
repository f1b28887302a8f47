package se.ebba.investigation.web;

import java.util.ArrayList;
import java.util.List;
import se.ebba.investigation.BasicInvestigationService.SectionText;
import se.ebba.investigation.domain.BasicInvestigation;
import se.ebba.investigation.domain.Heading;

/** The grundutredning form: one text per heading, in the order of the headings (sections[0].code, sections[0].text …). */
record InvestigationForm(List<Section> sections) {

    record Section(String code, String text) {
    }

    InvestigationForm {
        sections = sections == null ? List.of() : sections.stream().filter(s -> s != null).toList();
    }

    static InvestigationForm of(BasicInvestigation investigation, List<Heading> headings) {
        List<Section> sections = new ArrayList<>();
        headings.forEach(h -> sections.add(new Section(h.code(), investigation.text(h.code()).orElse(""))));
        return new InvestigationForm(sections);
    }

    /** The text sent under the heading, for showing the form again. */
    public String textOf(String code) {
        return sections.stream().filter(s -> code.equals(s.code())).map(Section::text).findFirst().orElse("");
    }

    List<SectionText> texts() {
        return sections.stream().map(s -> new SectionText(s.code(), s.text())).toList();
    }
}
