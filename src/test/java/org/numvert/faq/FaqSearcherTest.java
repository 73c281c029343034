package org.numvert.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search on the fixture FAQ, in memory, with exact hit assertions. */
class FaqSearcherTest {
    private static FaqIndex index;
    private static FaqSearcher searcher;

    @BeforeAll
    static void index() throws Exception {
        index = FaqFixture.index();
        searcher = new FaqSearcher(index, new HelpfulVotes());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void elidedArticlesAreIgnored() {
        assertThat(top("employeur")).isEqualTo("activite-partielle");
        assertThat(top("l'indemnisation")).isEqualTo("activite-partielle");
        assertThat(top("d’activité partielle")).isEqualTo("activite-partielle");
    }

    @Test
    void weakWordsOnlyScoreTheArticlesTheOtherWordsFind() {
        assertThat(ids("peut")).as("alone, a weak word still searches").containsExactly("activite-partielle");
        assertThat(ids("masques")).doesNotContain("activite-partielle");

        assertThat(ids("peut masques")).as("the article that only has \"peut\" is not a hit")
                .containsExactlyElementsOf(ids("masques"));
    }

    @Test
    void aWordFoundInMostArticlesOnlyScoresTheArticlesTheRarerWordsFind() throws Exception {
        try (FaqIndex small = indexOf(
                article("dimanche", "Travail le dimanche", "Le travail du dimanche est payé double."),
                article("nuit", "Travail de nuit", "Le travail de nuit ouvre des repos."),
                article("conges", "Congés payés", "Le travail effectif ouvre les congés."))) {
            FaqSearcher three = new FaqSearcher(small, new HelpfulVotes());

            assertThat(three.search(SearchRequest.of("travail", 10)).total()).isEqualTo(3);
            SearchResults both = three.search(SearchRequest.of("travail dimanche", 10));
            assertThat(both.total()).isEqualTo(1);
            assertThat(both.hits().get(0).id()).isEqualTo("dimanche");
        }
    }

    @Test
    void eachHitOfAPageMarksTheWordsOfItsOwnText() throws Exception {
        try (FaqIndex small = indexOf(
                article("deux", "Absences", "En arrêt maladie, les congés sont reportés."),
                article("maladie", "Arrêt", "L'arrêt maladie se déclare en 48 heures."),
                article("aucun", "Horaires", "Le standard ouvre à 8 heures."),
                article("conges", "Vacances", "Les congés se posent avant mai."))) {
            SearchResults found = new FaqSearcher(small, new HelpfulVotes()).search(SearchRequest.of("congés maladie", 10));

            // The highlighter reads each word's postings once for the page, in document order:
            // "congés" is passed over in the second article and must still be marked in the last.
            assertThat(found.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("deux", "maladie", "conges");
            assertThat(snippet(found, "deux")).contains("<mark>maladie</mark>", "<mark>congés</mark>");
            assertThat(snippet(found, "maladie")).contains("<mark>maladie</mark>").doesNotContain("congés");
            assertThat(snippet(found, "conges")).contains("<mark>congés</mark>").doesNotContain("maladie");
        }
    }

    private static String snippet(SearchResults results, String id) {
        return results.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().snippet();
    }

    /** A small index of these articles, in this order (the documents' order in the index). */
    private static FaqIndex indexOf(Article... articles) throws Exception {
        FaqIndex index = FaqIndex.inMemory(FrenchAnalysis.withoutSynonyms());
        index.rebuild(sink -> List.of(articles).forEach(sink), 1);
        return index;
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, title, body, List.of("all"), "droit", Audience.ALL, List.of(), java.time.LocalDate.EPOCH);
    }

    @Test
    void accentsAreFoldedBothWays() {
        assertThat(top("pret garanti etat")).isEqualTo("pret-garanti-etat");
        assertThat(top("PRÊT GARANTI")).isEqualTo("pret-garanti-etat");
        assertThat(top("téléphone horaires cars")).isEqualTo("cars-regionaux");
        assertThat(top("equipement informatique")).isEqualTo("ordinateurs-lyceens");
    }

    @Test
    void singularFindsPluralAndTheReverse() {
        assertThat(top("masque")).isEqualTo("masques");
        assertThat(top("ordinateur")).isEqualTo("ordinateurs-lyceens");
        assertThat(top("lycéen")).isEqualTo("ordinateurs-lyceens");
    }

    @Test
    void synonymsFindTheOfficialWordsButTypedWordsComeFirst() {
        assertThat(ids("chômage partiel")).first().isEqualTo("activite-partielle");
        assertThat(ids("TER")).containsExactly("sigles", "trains-ter");
        assertThat(ids("PGE")).containsExactly("sigles", "pret-garanti-etat");
    }

    @Test
    void typosAreToleratedOnLongerWordsOnly() {
        assertThat(top("indemnistion")).isEqualTo("activite-partielle");
        assertThat(top("solidarté")).isEqualTo("fonds-solidarite");
        assertThat(top("rémunréation stagiaires")).isEqualTo("remuneration-stagiaires");
        assertThat(ids("cra")).isEmpty();
    }

    @Test
    void wordsNextToEachOtherRankAboveScatteredOnes() {
        assertThat(ids("aide urgence salariés").subList(0, 2))
                .containsExactly("aide-urgence-associations", "soutien-clubs");
    }

    @Test
    void titleWeighsMoreThanBody() {
        assertThat(ids("confinement").subList(0, 2)).containsExactly("trains-ter", "formation-distance");
        assertThat(ids("formation").get(0)).isIn("formation-distance", "remuneration-stagiaires");
    }

    @Test
    void theLastWordMayBeIncomplete() {
        assertThat(top("transport à la dem")).isEqualTo("transport-soignants");
        assertThat(top("rémunération des stag")).isEqualTo("remuneration-stagiaires");
    }

    @Test
    void agentsSeeTheirOrganisationsArticlesAndThoseForAll() {
        SearchRequest region = SearchRequest.of("agents télétravail AD'OCC entreprises difficulté", 20)
                .withAudiences(EnumSet.of(Audience.REGION, Audience.ALL));
        SearchRequest adocc = region.withAudiences(EnumSet.of(Audience.ADOCC, Audience.ALL));

        assertThat(ids(region)).contains("teletravail-agents").doesNotContain("accompagnement-adocc");
        assertThat(ids(adocc)).contains("accompagnement-adocc").doesNotContain("teletravail-agents");
    }

    @Test
    void facetsCountEachFacetWithTheOtherFiltersOnly() {
        SearchResults all = searcher.search(SearchRequest.of("", 50));
        assertThat(all.total()).isEqualTo(15);
        assertThat(all.facets().get("hotline"))
                .containsEntry("entreprises", 7).containsEntry("transport", 3)
                .containsEntry("formation", 3).containsEntry("all", 2);

        SearchResults transport = searcher.search(SearchRequest.of("", 50).withHotline("transport"));
        assertThat(transport.total()).isEqualTo(5);
        assertThat(transport.facets().get("category")).containsEntry("horaires", 2)
                .containsEntry("transport-demande", 1).containsEntry("general", 1).doesNotContainKey("prets");
        assertThat(transport.facets().get("hotline")).containsEntry("entreprises", 7);

        SearchResults horaires = searcher.search(SearchRequest.of("", 50).withHotline("transport").withCategory("horaires"));
        assertThat(ids(horaires)).containsExactlyInAnyOrder("trains-ter", "cars-regionaux");
        assertThat(horaires.facets().get("hotline")).containsOnly(java.util.Map.entry("transport", 2));
    }

    @Test
    void aFilteredSearchCountsItsHitsAndTheOtherFacetsSideways() {
        SearchResults all = searcher.search(SearchRequest.of("confinement", 50));
        SearchResults transport = searcher.search(SearchRequest.of("confinement", 50).withHotline("transport"));

        assertThat(transport.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.hotlines()).containsAnyOf("transport", "all"));
        assertThat(transport.total()).isEqualTo(transport.hits().size()).isLessThan(all.total());
        assertThat(transport.facets().get("hotline")).as("the hotline facet ignores the hotline filter")
                .isEqualTo(all.facets().get("hotline"));
        assertThat(ids(transport)).isEqualTo(ids(all).stream().filter(ids(transport)::contains).toList());
        SearchRequest secondPage = new SearchRequest("confinement", java.util.Optional.empty(), java.util.Optional.empty(),
                EnumSet.allOf(Audience.class), 1, 1, true);
        assertThat(ids(all)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ids(searcher.search(secondPage))).isEqualTo(ids(all).subList(1, 2));
    }

    @Test
    void blankTextListsTheMostRecentFirstAndPagesAreStable() {
        List<String> first = ids(SearchRequest.of("  ", 3));
        assertThat(first).containsExactly("masques", "remuneration-stagiaires", "aide-urgence-associations");
        SearchRequest second = new SearchRequest("", java.util.Optional.empty(), java.util.Optional.empty(),
                EnumSet.allOf(Audience.class), 3, 3, true);
        assertThat(ids(second)).hasSize(3).doesNotContainAnyElementsOf(first);
    }

    @Test
    void snippetsAreEscapedTextWithMarkedWords() {
        SearchHit hit = searcher.search(SearchRequest.of("masques tissu", 1)).hits().get(0);
        assertThat(hit.snippet()).contains("<mark>masques</mark>", "<mark>tissu</mark>");
        assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(hit.hotlines()).containsExactly("entreprises");
        assertThat(hit.category()).isEqualTo("masques");
        assertThat(hit.updated()).hasToString("2020-05-04");
    }

    @Test
    void querySyntaxAndHugeInputAreJustText() {
        for (String text : List.of("\"masques\" AND (tissu*) : ~ ^ [ ] \\ /", "*", "~", "\"", "[a TO z]",
                "masques".repeat(2_000), "a ".repeat(5_000))) {
            SearchResults results = searcher.search(SearchRequest.of(text, 10));
            assertThat(results.total()).isGreaterThanOrEqualTo(0);
        }
        assertThat(top("\"masques\" (tissu)")).isEqualTo("masques");
    }

    @Test
    void suggestionsCompleteTitleWordsWithATypoAllowed() {
        Suggestions suggestions = new Suggestions(index);
        Set<Audience> all = EnumSet.allOf(Audience.class);

        assertThat(titles(suggestions.of("transp", all, 5))).first().isEqualTo("Transport à la demande pour les soignants");
        assertThat(titles(suggestions.of("distribution de m", all, 5))).first().isEqualTo("Distribution de masques aux entreprises");
        assertThat(titles(suggestions.of("trasnp", all, 5))).contains("Transport à la demande pour les soignants");
        assertThat(titles(suggestions.of("télétr", EnumSet.of(Audience.ADOCC, Audience.ALL), 5))).isEmpty();
        assertThat(suggestions.of("", all, 5)).isEmpty();
    }

    private static List<String> titles(List<Suggestion> found) {
        return found.stream().map(Suggestion::title).toList();
    }

    private static String top(String text) {
        List<String> ids = ids(text);
        assertThat(ids).as("hits of '%s'", text).isNotEmpty();
        return ids.get(0);
    }

    private static List<String> ids(String text) {
        return ids(SearchRequest.of(text, 10));
    }

    private static List<String> ids(SearchRequest request) {
        return ids(searcher.search(request));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }
}
