/**
 * Accessible names of the module pages (Dutch), for the module flows (finance, clients, cockpit,
 * plans, caf, surveys). Playwright matches names by substring unless `exact: true`.
 *
 * Finance: every page has the combobox "Boekjaar" (the ledger page only in its upload form).
 *   Ledger: file input "Bestand (CSV of XLSX)", buttons "Controleren", "Importeren", confirmation
 *   "Vervangen"; per column a combobox "Kolom <header>"; per unknown account "Koppelen van <code>".
 *   Model: "Sjabloon downloaden (XLSX)", file "Ingevuld sjabloon (XLSX)", "Sjabloon opladen", "Opslaan";
 *   step order buttons "<centre> omhoog" / "<centre> omlaag". Cost price: radios "Step-down" /
 *   "Reciproque" (group "Methode"), links "PDF", "XLSX", "CSV" (named "CSV van <tabel>"); with step-down
 *   the table "Genegeerde terugstromen …" and buttons "Voorgestelde volgorde gebruiken", "Reciproque
 *   methode gebruiken". Simulator: buttons "Vertrekken van kostenplaats", "Scenario opslaan".
 * Clients: list "Zoeken op naam", combobox "Groep", button "Cliënt toevoegen" (dialog "Naam",
 *   "Geboortejaar", "Contactpersoon", comboboxes "B-waarde", "P-waarde", "Groep", submit "Toevoegen").
 *   Record: "Gegevens wijzigen"; funding: comboboxes "Soort financiering", "Budgetcategorie",
 *   "Besteding", fields "Voucherdeel (punten)", "Terbeschikkingstelling", date fields "Startdatum",
 *   "Einddatum" (DateField: see dates.ts), checkbox "Structurele inzet van vrijwilligers", button
 *   "Financiering toevoegen"; agreements: combobox "Functie", "Aantal", combobox "Per", "Prijs in
 *   punten", "Begindatum", "Einddatum", "Woon- en leefkosten", button "Afspraak toevoegen"; a refusal is
 *   an alert "De afspraak past niet in het budget"; "Gegevens exporteren", "Cliënt wissen" (confirm
 *   "Definitief wissen"). Week grid: "Vorige week", "Week (maandag)", "Volgende week", combobox "Groep";
 *   every cell a textbox "<client>, <function>, <weekday dd/mm>" (placeholder = planned); buttons
 *   "Zoals gepland", "Opslaan"; "Reden van de correctie" when a month is issued; CSV file "CSV-bestand
 *   met registraties", button "Importeren". Statements: "Maand" (yyyy-mm), "Afrekening opmaken"
 *   (confirm "Opmaken"), links "PDF van de afrekening <yyyy-mm>" / "CSV van de afrekening …". Tables
 *   have captions ("Totalen van <yyyy-mm> per financieringsvorm", …); forecast charts are images named
 *   "Waaiergrafiek van …".
 * Performance & quality: home region "Verbeteracties te laat" (or "Mijn open verbeteracties").
 *   Actions: "Verbeteractie aanmaken" (dialog "Titel", "Omschrijving", comboboxes "Eigenaar", "Fase",
 *   "Deadline", "Gekoppelde indicatoren", submit "Opslaan"); table "Verbeteracties, te laat eerst";
 *   action page: region "PDCA-cirkel" (current step aria-current="step"), "Voortgangsnotitie",
 *   combobox "Fase na deze notitie", button "Notitie toevoegen". Strategy map: group "Strategiekaart:
 *   missie, doelstellingen en indicatoren", buttons "Doelstelling <title>" (aria-pressed), KPI links
 *   "<CODE> <name>: <op koers|aandacht|uit koers|geen waarde>"; "Missie, visie en waarden wijzigen",
 *   "Doelstelling toevoegen" (dialog "Perspectief", "Doelstelling", "Draagt bij aan", "Gemeten met");
 *   table "De strategiekaart als tabel" (column "SMART": "SMART" or "Ontbreekt: <parts>"); the selected
 *   objective's region lists "<part>: in orde" / "<part>: nodig: …"; the objective dialog also has
 *   "Eigenaar", date "Te bereiken tegen", "Verbeteracties", "Middelen"; table "Wijzigingen van missie,
 *   visie en waarden, nieuwste eerst".
 * Strategy (nav group "Strategie": links "SWOT-analyse", "Stakeholders"): SWOT page (h1 "SWOT-analyse")
 *   combobox "Jaar", button "Nieuwe SWOT", regions "Sterktes", "Zwaktes", "Kansen", "Bedreigingen" each
 *   with "<Sterkte|Zwakte|Kans|Bedreiging> toevoegen", table "Strategieën uit de SWOT <jaar> …".
 *   Stakeholders: image "Macht-belangmatrix: …", segmented "Grafiek" / "Tabel" (table "De
 *   macht-belangmatrix als tabel"), table "Stakeholderregister, …", "Stakeholder toevoegen" (dialog
 *   "Naam", combobox "Soort", "Macht", "Belang", "Invloed", "Verwachtingen", date "Laatste contact");
 *   below the matrix the list "Nummers in de matrix (macht/belang)", one item per numbered dot.
 * Removing a row anywhere (useRemoval): row button "<naam> verwijderen" / "Remove <name>", dialog
 *   "<naam> verwijderen" with "Annuleren" (focused) and "Verwijderen", then the notice "<naam> is verwijderd.".
 * CAF: "Nieuwe zelfevaluatie" (dialog "Naam van de zelfevaluatie", assessor checkboxes "<naam> (<Rol>)",
 *   "Zelfevaluatie starten"); per subcriterion a section "<code> <title>" with "Score <code>"
 *   (consensus "Afgesproken score <code>"), "Bewijs <code>", "Sterke punten <code>", "Verbeterpunten
 *   <code>", button "<code> opslaan"; "Indienen", "Consensusronde starten", "Zelfevaluatie afronden",
 *   "Actie maken voor <code>"; link "PDF-rapport".
 * Surveys: "Bevraging maken" (radios "Blanco", "SERVQUAL (…)", "Herzberg (…)"), "Vraag toevoegen",
 *   "Vragen opslaan", "Bevraging openen" (dialog "Aantal uitnodigingen (links voor één persoon)",
 *   "Sluitingsdatum", "Openen en links maken", textbox "Persoonlijke links (N)"); status "Resultaten
 *   vanaf 5 antwoorden (nu N)". Respondent page /s/:token (no login): radio group "Taal" (NL/EN/FR),
 *   one radiogroup per scale question named by its text, button "Antwoorden versturen", headings
 *   "Bedankt!", "Deze link is al gebruikt", "Deze bevraging is afgesloten", "Deze link bestaat niet".
 * Handbook (nav "Kwaliteitshandboek" under "Prestaties & kwaliteit"): h1 "Kwaliteitshandboek", search
 *   "Zoeken in het handboek", comboboxes "Proces", "Te lezen door", buttons "Proces toevoegen", "Document
 *   toevoegen", link "Handboek als PDF"; per process a table "Documenten van het proces <naam>" (links by
 *   title). Document page (h1 = title): buttons "Tekst bewerken" (editor textbox "Tekst van <titel>", toolbar
 *   buttons "Vet", "Kop 2", "Opsomming", "Tabel invoegen", "Link" …; "Wat is er gewijzigd?", "Opslaan als
 *   ontwerp"), "Ter goedkeuring voorleggen", "Goedkeuren", "Terugsturen", "Intrekken", "Gegevens wijzigen",
 *   "Gelezen en begrepen"; the read-only text is a document "Tekst van <titel>"; table "Alle versies van het
 *   document, nieuwste eerst", comboboxes "Vergelijk versie" / "met versie", region "Vergelijking" (ins/del);
 *   combobox "Vraag te lezen aan", button "Vraag om te lezen", table "Wie versie <n> moet lezen, en wie het
 *   al deed" (Persoon, Rol, Gelezen op: "Nog niet gelezen").
 * People register (directie, staf): nav links "Personeel", "Loonimport", "Vrijwilligers". Personeel: table
 *   "Werknemers met hun lopend contract" (links "<Familienaam> <Voornaam>"), "Werknemer toevoegen" (dialog
 *   "Voornaam", "Familienaam", combobox "Geslacht", "Opslaan"). Employee page (h1 "<Voornaam> <Familienaam>"):
 *   tables "Contracten van <naam> in de tijd", "Afwezigheden van <naam>", "Opleidingen van <naam>"; buttons
 *   "Contract toevoegen", "Gedateerde wijziging" (date "Vanaf"), "Contract vanaf <dd/mm/jjjj> beëindigen"
 *   ("Einde", combobox "Reden van vertrek"), "Afwezigheid toevoegen", "Opleiding toevoegen", "Exporteren
 *   (inzageverzoek)", "Wissen" → "Definitief wissen". Loonimport: file "Loonexport", "Controleren",
 *   comboboxes "Kolom „<header>”", table "Fouten per lijn en kolom" (Lijn, Kolom, Fout), "Importeren".
 *   Vrijwilligers: table "Vrijwilligers met hun uren en onkosten", "Vrijwilliger toevoegen", "Uren en
 *   onkosten van <naam> invullen" (dialog "Maand (jjjj-mm)", "Uren", "Onkosten").
 * People figures: nav group button "Mensen" with links "Sociale balans", "HR-kerncijfers"; both pages have the
 *   combobox "Jaar" (also `?year=`). Sociale balans: links "Downloaden als PDF" / "… als XLSX" / "… als
 *   CSV"; one table per part, captioned by the part's title ("I. Tewerkgestelde personen — gemiddeld over
 *   het boekjaar", "… — op de afsluitingsdatum", "I. Uitzendkrachten en ter beschikking gestelde
 *   personen", "II. Personeelsbewegingen tijdens het boekjaar", "III. Opleidingen voor de werknemers
 *   tijdens het boekjaar"), columns "Code", "Omschrijving", "Mannen", "Vrouwen", "Totaal" (a missing
 *   figure reads "ontbreekt"); regions "Ontbrekende gegevens", "Personeelskosten (1023) tegen rekeningen
 *   620-623". HR figures: tables "HR-kerncijfers van het jaar met hun formule", "Werknemers en VTE op
 *   elk maandeinde", "Werknemers per leeftijdsklasse en geslacht", "Werknemers per anciënniteit in jaren".
 * Competences (nav group "Competenties": "Teamkaart", "Medewerkers", "Catalogus en profielen", "Mijn
 *   competenties"): catalogue "Competentie toevoegen" (dialog "Naam", "Cluster", "Omschrijving",
 *   "Niveau 1: waarneembaar gedrag" … "Niveau 4: …", "Opslaan"), "<naam> wijzigen", "Rolprofiel
 *   toevoegen" (per competence a combobox "Vereist niveau voor <naam>"); person page: combobox
 *   "Rolprofiel", per competence a button "<naam> beoordelen" (dialog radios "Niveau 1" … "Niveau 4"
 *   with the behaviour as description, "Datum", "Toelichting", "Opslaan"); "Nieuw plan", "Actie
 *   toevoegen", "Attest toevoegen", "Koppelen aan competentie". My competences: "<naam> zelf
 *   inschatten". Tables: "Per competentie: aantal medewerkers per niveau, …" (team map, columns
 *   "Competentie", "Vereist niveau", "Geen niveau", "Niveau 1" … "Niveau 4", "Houders", "Dekking",
 *   "Risico"), "Vereist niveau, huidig niveau en kloof per competentie", "Alle beoordelingen, de nieuwste
 *   eerst", "Medewerkers met rolprofiel en behaalde vereiste competenties".
 * Complaints (nav "Klachten" under "Prestaties & kwaliteit"): groups "Klachten ontvangen", "Tijdig
 *   behandeld", "(Gedeeltelijk) gegrond", "Gemiddelde behandelingsduur"; button "Klacht registreren"
 *   (dialog "Soort", "Onderwerp", "Ontvangen", "Hoe ontvangen", "Van wie", "Over", "Cliënt" or "Welke
 *   functie, groep of welk proces", "Ernst", "Omschrijving", "Naam van de melder (optioneel)",
 *   "Bereikbaar via (optioneel)", "Opslaan"); table "Geregistreerde klachten en opmerkingen, nieuwste
 *   eerst" (the subject links to the complaint; badges "Bevestiging te laat", "Antwoord te laat");
 *   sections "Termijnen" ("Nieuwe termijnen", table "De termijnen met hun geldigheid") and "Publieke link
 *   voor anonieme klachten" ("Nieuwe link maken", textbox "Link", "Link uitschakelen"). A complaint:
 *   region "Behandeling" ("Behandelaar", "Uitkomst", "Ontvangst bevestigd op", "Beantwoord op", "Gegeven
 *   antwoord", "Behandeling opslaan"); "Stap toevoegen"; "Verbeteractie maken", table "Verbeteracties
 *   die uit deze klacht voortkomen". Public form /klacht/<token>: "Een klacht melden", "Waarover gaat
 *   het? (optioneel)", "Wat wil je melden?", "Melding versturen".
 * Partnerships and governance (nav group "Bestuur": "Partnerschappen", "Innovatieprojecten", "Besluiten",
 *   "Bestuurspakket"): list table "Beoordelingen van partnerschappen: …" (links "<partner>"), "Nieuwe
 *   beoordeling" (dialog "Partner", comboboxes "Sfeer van de partner", "Soort hybridisering", "Stand", "Doel
 *   van de samenwerking", submit "Beoordeling starten"). Assessment page (h1 "<partner>"): link "PDF voor
 *   het bestuur"; decision card comboboxes "Beslissing", "Voorwaarden", dates "Beslist op", "Herbeoordeling
 *   op", button "Beslissing vastleggen" / "Beslissing wijzigen"; image "Hittekaart van de risico’s: …";
 *   table "Risico’s met kans, impact, score en beheersing (…)" with comboboxes "Kans: <risico>", "Impact:
 *   <risico>", textboxes "Beheersing: <risico>"; "Score: <kans>", "Toelichting: <kans>"; "Oordeel:
 *   <principe>", "Toelichting: <principe>"; button "Beoordeling opslaan" (status "Opgeslagen." / "Opgeslagen
 *   als versie N."); table "Bewaarde versies van deze beoordeling", comboboxes "Van versie", "Naar versie",
 *   table "Wat veranderde tussen versie A en versie B". Projects: "Project toevoegen", "<naam> bewerken"
 *   (dialog "Project", "Financier", "Bedrag", "Begin financiering", "Einde financiering", "Strategische
 *   doelstellingen", "Resultaten", "Plan voor de verderzetting"), status "N project(en) … zonder plan …".
 *   Decisions: "Besluit vastleggen", "<besluit> bewerken" (dialog "Besluit", "Toelichting", comboboxes
 *   "Orgaan", "Strategische doelstelling", "Partnerschap", "Innovatieproject", "Opvolging door", date
 *   "Opvolging tegen", checkbox "Opvolging afgerond"); table "Besluitenregister: …". Board pack: date
 *   "Vergaderdatum", link "PDF van het bestuurspakket", tables "Rode indicatoren met toelichting en
 *   acties", "Besluiten waarvan de opvolging uiterlijk op de vergaderdatum valt", "Partnerschappen met een
 *   herbeoordeling …", "Projecten die binnen twaalf maanden aflopen …". Home card (region) "Partnerschappen
 *   en projecten".
 */

/** The module pages under an organisation's path (`/o/<id>`), as App.tsx routes them. */
export const MODULE_PATHS = {
  members: 'members',
  competences: 'competences',
  partnerships: 'partnerships',
  projects: 'partnerships/projects',
  decisions: 'governance',
  boardPack: 'governance/board-pack',
  settings: 'settings',
  audit: 'audit',
  finance: 'finance',
  ledger: 'finance/ledger',
  costPrice: 'finance/costprice',
  clients: 'clients',
  registrations: 'registrations',
  statements: 'clients/statements',
  cockpit: 'cockpit',
  actions: 'actions',
  caf: 'caf',
  surveys: 'surveys',
  complaints: 'complaints',
  employees: 'people/employees',
  payrollImport: 'people/payroll-import',
  volunteers: 'people/volunteers',
  socialeBalans: 'people/sociale-balans',
  hrFigures: 'people/hr-figures',
} as const;

/** `/o/<id>/<module page>` from an organisation's home path. */
export function modulePath(orgPath: string, page: keyof typeof MODULE_PATHS): string {
  return `${orgPath.replace(/\/$/, '')}/${MODULE_PATHS[page]}`;
}
