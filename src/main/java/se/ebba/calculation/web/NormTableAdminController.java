package se.ebba.calculation.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.domain.NormTable;
import se.ebba.calculation.domain.PersonalCostBand;
import se.ebba.calculation.domain.TableStatus;
import se.ebba.identity.CurrentUsers;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.web.FormErrors;

/**
 * The administrator's norm tables: every year in force with its status and source, each table as
 * CSV (also the template for a new year), and a CSV import that adds or replaces a year. A
 * replaced table is kept, so past calculations stay reproducible.
 */
@Controller
@RequestMapping("/admin/normtabeller")
class NormTableAdminController {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader("post", "belopp")
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private final RuleTables rules;
    private final CurrentUsers currentUsers;

    NormTableAdminController(RuleTables rules, CurrentUsers currentUsers) {
        this.rules = rules;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tables", rules.normTables());
        model.addAttribute("priceBaseAmounts", rules.priceBaseAmounts());
        model.addAttribute("statuses", TableStatus.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "calculation/norm-tables";
    }

    @GetMapping(value = "/{year}.csv")
    ResponseEntity<String> csv(@PathVariable int year) throws IOException {
        NormTable table = rules.normTables().stream().filter(t -> t.year() == year).findFirst()
                .orElseThrow(() -> new NotFoundException("Det finns ingen normtabell för " + year + "."));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader("post", "belopp").get())) {
            for (PersonalCostBand band : PersonalCostBand.values()) {
                printer.printRecord(band.name(), table.personal(band));
                Integer lunch = table.withLunchOutside(band);
                if (lunch != null) {
                    printer.printRecord(band.name() + "_LUNCH", lunch);
                }
            }
            for (int size = 1; size <= 7; size++) {
                printer.printRecord("COMMON_" + size, table.common(size));
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"riksnorm-" + year + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString());
    }

    @PostMapping
    String importTable(@RequestParam(required = false) Integer year, @RequestParam(required = false) TableStatus status,
                       @RequestParam(defaultValue = "") String source, @RequestParam(required = false) MultipartFile file,
                       Model model, RedirectAttributes redirect) {
        try {
            List<FieldError> errors = new ArrayList<>();
            if (year == null) {
                errors.add(new FieldError("year", "Ange år."));
            }
            if (file == null || file.isEmpty()) {
                errors.add(new FieldError("file", "Välj en CSV-fil med kolumnerna post;belopp."));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            Map<String, Integer> amounts = parse(file);
            NormTable table = rules.addNormTable(year, status, source, amounts, currentUsers.current().username());
            redirect.addFlashAttribute("saved", "Normtabellen för " + table.year() + " är inläst (" + table.status().text().toLowerCase() + ").");
            return "redirect:/admin/normtabeller";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return list(model);
        }
    }

    @PostMapping("/prisbasbelopp")
    String addPriceBaseAmount(@RequestParam(required = false) Integer pbbYear, @RequestParam(required = false) Integer pbbAmount,
                              @RequestParam(defaultValue = "") String pbbSource, Model model, RedirectAttributes redirect) {
        try {
            rules.addPriceBaseAmount(pbbYear, pbbAmount, pbbSource);
            redirect.addFlashAttribute("saved", "Prisbasbeloppet för " + pbbYear + " är sparat.");
            return "redirect:/admin/normtabeller";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return list(model);
        }
    }

    static Map<String, Integer> parse(MultipartFile file) {
        Map<String, Integer> amounts = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : FORMAT.parse(reader)) {
                if (record.size() < 2) {
                    errors.add(new FieldError("file", "Rad " + record.getRecordNumber() + " ska ha två kolumner: post;belopp."));
                    continue;
                }
                String item = record.get(0).replace("\uFEFF", "").strip().toUpperCase();
                try {
                    amounts.put(item, Integer.parseInt(record.get(1).replace(" ", "").replace("\u00a0", "")));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError("file", "Rad " + record.getRecordNumber() + ": beloppet för " + item + " ska vara hela kronor."));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new FieldError("file", "Filen kunde inte läsas som CSV (post;belopp)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return amounts;
    }
}
