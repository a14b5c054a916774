/**
 * Routes of the Stuurboord web UI.
 *
 * Accessible names for end-to-end tests (Dutch / English):
 * - login page: heading and button "Aanmelden" / "Log in"; fields "E-mailadres" / "Email address"
 *   and "Wachtwoord" / "Password" (the show/hide toggle is "Tekens tonen" / "Show characters").
 * - language switch (login page and header): radio group "Taal / Language" with radios "NL" and "EN".
 * - header: org switcher combobox "Organisatie" / "Organisation"; button "Gebruikersmenu" /
 *   "User menu" opens a menu with "Mijn account" / "My account" and "Afmelden" / "Log out";
 *   burger (below 992px) "Navigatie openen of sluiten" / "Open or close navigation".
 * - navigation "Hoofdnavigatie" / "Main navigation": links "Home", "Gebruikers" / "Users",
 *   "Organisatie-instellingen" / "Organisation settings", "Auditlog" / "Audit log".
 * - members page: button "Gebruiker toevoegen" / "Add user"; dialog with "Naam" / "Name",
 *   "E-mailadres" / "Email address", "Rol" / "Role", "Wachtwoord (optioneel)" / "Password (optional)",
 *   submit "Toevoegen" / "Add". Per row: combobox "Rol van <naam>" / "Role of <name>" and button
 *   "Acties voor <naam>" / "Actions for <name>", whose menu has the items "Wachtwoordlink voor <naam>"
 *   / "Password link for <name>" (visible text "Wachtwoordlink") and "<naam> verwijderen" /
 *   "Remove <name>" (visible text "Verwijderen"; then confirm with "Verwijderen" in the dialog).
 *   The one-time link dialog has the read-only field "Wachtwoordlink" /
 *   "Password link" and the button "Kopiëren" / "Copy".
 * - settings: "Naam", "Ondernemingsnummer (KBO)", "Type organisatie", "Eerste maand van het boekjaar",
 *   "Taal van de organisatie", button "Opslaan" / "Save".
 * - audit log: combobox "Filter op actie" / "Filter by action", button "Meer laden" / "Load more".
 * - account: "Huidig wachtwoord", "Nieuw wachtwoord", "Herhaal nieuw wachtwoord", button
 *   "Wachtwoord wijzigen" / "Change password".
 * - finance (nav group button "Financiën" / "Finance" with links "Overzicht" / "Overview", "Grootboek" /
 *   "Ledger", "Rekeningschema" / "Chart of accounts", "Kostenmodel" / "Cost model", "Kostprijs" /
 *   "Cost price", "Schaalsimulator" / "Scale simulator"); every finance page has the combobox
 *   "Boekjaar" / "Fiscal year" (the ledger page only in its upload form).
 *   Ledger: file input "Bestand (CSV of XLSX)" / "File (CSV or XLSX)", buttons "Controleren" / "Check",
 *   "Importeren" / "Import", confirmation "Vervangen" / "Replace"; per column a combobox
 *   "Kolom <header>" / "Column <header>"; per unknown account "Koppelen van <code>" / "Map <code> to".
 *   Model: "Sjabloon downloaden (XLSX)", file "Ingevuld sjabloon (XLSX)", "Sjabloon opladen", "Opslaan";
 *   step order buttons "<centre> omhoog" / "<centre> omlaag".
 *   Cost price: radios "Step-down" / "Reciproque" (group "Methode"), links "PDF", "XLSX", "CSV"
 *   (named "CSV van <tabel>"); with step-down the table "Genegeerde terugstromen …" and buttons
 *   "Voorgestelde volgorde gebruiken", "Reciproque methode gebruiken".
 *   Simulator: button "Vertrekken van kostenplaats", "Scenario opslaan".
 * - clients (nav group button "Cliënten" / "Clients" with links "Cliëntenlijst", "Registratie",
 *   "Budgetverbruik", "Afrekeningen", "Inkomstenprognose", "Wachtlijst", "Aanbod", "Regeltabellen").
 *   List: "Zoeken op naam", combobox "Groep", button "Cliënt toevoegen" (dialog: "Naam", "Geboortejaar",
 *   "Contactpersoon", comboboxes "B-waarde", "P-waarde", "Groep", submit "Toevoegen"). Record: button
 *   "Gegevens wijzigen"; funding: comboboxes "Soort financiering", "Budgetcategorie", "Besteding", fields
 *   "Voucherdeel (punten)", "Terbeschikkingstelling", "Startdatum", "Einddatum", checkbox "Structurele
 *   inzet van vrijwilligers", button "Financiering toevoegen"; agreements: combobox "Functie", "Aantal",
 *   combobox "Per", "Prijs in punten", "Begindatum", "Einddatum", "Woon- en leefkosten", button
 *   "Afspraak toevoegen"; a refusal is an alert titled "De afspraak past niet in het budget"; buttons
 *   "Gegevens exporteren", "Cliënt wissen" (confirm "Definitief wissen"). Week grid: "Vorige week",
 *   "Week (maandag)", "Volgende week", combobox "Groep"; every cell a textbox "<client>, <function>,
 *   <weekday dd/mm>" (e.g. "Jana Peeters, Dagondersteuning, maandag 16/11"), placeholder = planned;
 *   buttons "Zoals gepland", "Opslaan"; "Reden van de correctie" when a month is issued; CSV file
 *   "CSV-bestand met registraties", button "Importeren". Statements: "Maand" (yyyy-mm), "Afrekening
 *   opmaken" (confirm "Opmaken"), links "PDF van de afrekening <yyyy-mm>" / "CSV van de afrekening …".
 *   Tables have captions ("Totalen van <yyyy-mm> per financieringsvorm", "Afspraken met de vastgelegde
 *   punten in <year>", …); the forecast charts are images named "Waaiergrafiek van …".
 * - performance & quality (nav group "Prestaties & kwaliteit" / "Performance & quality" with links "Cockpit",
 *   "Indicatoren", "Waarden invoeren", "Strategiekaart", "Verbeteracties", "Bestuursoverzicht",
 *   "CAF-zelfevaluatie", "Bevragingen"). Home: region "Verbeteracties te laat" (or "Mijn open verbeteracties").
 *   Actions: button "Verbeteractie aanmaken" (dialog: "Titel", "Omschrijving", comboboxes "Eigenaar", "Fase",
 *   "Deadline", "Gekoppelde indicatoren", submit "Opslaan"); table "Verbeteracties, te laat eerst"; action
 *   page: region "PDCA-cirkel" (current step aria-current="step"), "Voortgangsnotitie", combobox "Fase na deze
 *   notitie", button "Notitie toevoegen". Strategy map: group "Strategiekaart: missie, doelstellingen en
 *   indicatoren" with buttons "Doelstelling <title>" (aria-pressed) and KPI links "<CODE> <name>: <op koers|
 *   aandacht|uit koers|geen waarde>"; buttons "Missie en visie wijzigen", "Doelstelling toevoegen" (dialog:
 *   "Perspectief", "Doelstelling", "Draagt bij aan", "Gemeten met"); table "De strategiekaart als tabel".
 *   CAF: "Nieuwe zelfevaluatie" (dialog "Naam van de zelfevaluatie", assessor checkboxes "<naam> (<Rol>)",
 *   "Zelfevaluatie starten"); per subcriterion a section "<code> <title>" with "Score <code>" (consensus
 *   "Afgesproken score <code>"), "Bewijs <code>", "Sterke punten <code>", "Verbeterpunten <code>", button
 *   "<code> opslaan"; buttons "Indienen", "Consensusronde starten", "Zelfevaluatie afronden", "Actie maken
 *   voor <code>"; link "PDF-rapport". Surveys: "Bevraging maken" (radios "Blanco", "SERVQUAL (…)",
 *   "Herzberg (…)"), "Vraag toevoegen", "Vragen opslaan", "Bevraging openen" (dialog "Aantal uitnodigingen
 *   (links voor één persoon)", "Sluitingsdatum", "Openen en links maken", textbox "Persoonlijke links (N)");
 *   results status "Resultaten vanaf 5 antwoorden (nu N)". Respondent page /s/:token (no login): radio group
 *   "Taal" (NL/EN/FR), one radiogroup per scale question named by its text, button "Antwoorden versturen",
 *   headings "Bedankt!", "Deze link is al gebruikt", "Deze bevraging is afgesloten", "Deze link bestaat niet".
 * Every page has one h1 (its title) and sets document.title to "<title> · Stuurboord".
 * Playwright matches names by substring unless `exact: true`: use it for "Organisatie" (the settings
 * page also has "Type organisatie"), "Wachtwoord" and "Gebruikers"; a Mantine modal does not hide the
 * page behind it, so scope dialog buttons: `page.getByRole('dialog').getByRole('button', { name: 'Toevoegen' })`.
 * The Mantine Select inputs have role "combobox"; their options role "option".
 */
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { OrgGate } from './components/OrgGate.tsx';
import { AccountPage } from './pages/AccountPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MembersPage } from './pages/MembersPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ResetPage } from './pages/ResetPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { StartPage } from './pages/StartPage.tsx';
import { FinanceRoute } from './finance/FinanceRoute.tsx';
import { ClientsRoute } from './clients/ClientsRoute.tsx';
import { PerformanceRoute } from './performance/PerformanceRoute.tsx';
import { CafRoute } from './caf/CafRoute.tsx';
import { SurveysRoute } from './surveys/SurveysRoute.tsx';
import { RespondentRoute } from './surveys/RespondentRoute.tsx';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/reset" element={<ResetPage />} />
        <Route path="/s/:token" element={<RespondentRoute />} />
        <Route element={<AppLayout />}>
          <Route index element={<StartPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/o/:orgId" element={<OrgGate />}>
            <Route index element={<HomePage />} />
            <Route path="members" element={<MembersPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="finance" element={<FinanceRoute page="overview" />} />
            <Route path="finance/ledger" element={<FinanceRoute page="ledger" />} />
            <Route path="finance/accounts" element={<FinanceRoute page="accounts" />} />
            <Route path="finance/model" element={<FinanceRoute page="model" />} />
            <Route path="finance/costprice" element={<FinanceRoute page="costprice" />} />
            <Route path="finance/simulator" element={<FinanceRoute page="simulator" />} />
            <Route path="clients" element={<ClientsRoute page="list" />} />
            <Route path="clients/consumption" element={<ClientsRoute page="consumption" />} />
            <Route path="clients/statements" element={<ClientsRoute page="statements" />} />
            <Route path="clients/forecast" element={<ClientsRoute page="forecast" />} />
            <Route path="clients/waiting-list" element={<ClientsRoute page="waiting" />} />
            <Route path="clients/offer" element={<ClientsRoute page="offer" />} />
            <Route path="clients/rules" element={<ClientsRoute page="rules" />} />
            <Route path="clients/:clientId" element={<ClientsRoute page="client" />} />
            <Route path="registrations" element={<ClientsRoute page="registrations" />} />
            <Route path="cockpit" element={<PerformanceRoute page="cockpit" />} />
            <Route path="kpis" element={<PerformanceRoute page="kpis" />} />
            <Route path="kpis/:kpiId" element={<PerformanceRoute page="kpi" />} />
            <Route path="kpi-values" element={<PerformanceRoute page="values" />} />
            <Route path="board" element={<PerformanceRoute page="board" />} />
            <Route path="strategy" element={<PerformanceRoute page="strategy" />} />
            <Route path="actions" element={<PerformanceRoute page="actions" />} />
            <Route path="actions/:actionId" element={<PerformanceRoute page="action" />} />
            <Route path="caf/*" element={<CafRoute />} />
            <Route path="surveys/*" element={<SurveysRoute />} />
            <Route path="*" element={<NotFoundPage inShell />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </BrowserRouter>
  );
}
