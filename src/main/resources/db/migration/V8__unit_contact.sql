-- What a decision letter needs to tell the applicant how to reach the unit (förvaltningslagen 33 §,
-- 6 §): its postal address, phone and a contact person. Entered by the administrator on
-- /admin/enheter; empty until then (the letter then says the details are missing).
alter table unit add column postal_address text check (length(postal_address) <= 300);
alter table unit add column phone          text check (length(phone) <= 50);
alter table unit add column contact_person text check (length(contact_person) <= 200);
