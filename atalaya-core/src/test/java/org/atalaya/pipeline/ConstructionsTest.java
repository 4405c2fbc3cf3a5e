package org.atalaya.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.atalaya.model.Article;
import org.atalaya.model.EventRecord;
import org.atalaya.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Each construction the coder must read, in Spanish and English, on sentences the team wrote.
 * Each assertion names source, CAMEO code and target as "SRC 0232 TGT".
 */
class ConstructionsTest {
    private static final LocalDate DAY = LocalDate.of(2021, 5, 14);

    private static List<String> code(Language lang, String text) {
        Article a = Article.of("t", text).withPublished(DAY).withLanguage(lang);
        return SharedPipeline.get().code(a).events().stream().map(ConstructionsTest::triple).toList();
    }

    static String triple(EventRecord e) {
        return e.source().code() + " " + e.event().cameo() + " " + e.target().map(t -> t.code()).orElse("-");
    }

    @Test
    void spanishLightVerbGivesTelephoneCall() {
        assertThat(code(Language.ES, "El presidente de Francia mantuvo una conversación telefónica con el presidente de Brasil."))
                .containsExactly("FRAGOV 041 BRAGOV");
    }

    @Test
    void englishLightVerbGivesTelephoneCall() {
        assertThat(code(Language.EN, "The president of France held a phone call with the president of Brazil."))
                .containsExactly("FRAGOV 041 BRAGOV");
    }

    @Test
    void spanishAppealForMilitaryAid() {
        assertThat(code(Language.ES, "Armenia solicitó asistencia militar a Rusia."))
                .containsExactly("ARM 0232 RUS");
    }

    @Test
    void englishAppealForMilitaryAid() {
        assertThat(code(Language.EN, "Armenia asked Russia for military assistance."))
                .containsExactly("ARM 0232 RUS");
    }

    @Test
    void spanishPassiveTakesTheAgentAsSource() {
        assertThat(code(Language.ES, "Un puesto militar de Ucrania fue atacado por soldados rusos."))
                .containsExactly("RUSMIL 190 UKRMIL");
    }

    @Test
    void englishPassiveTakesTheAgentAsSource() {
        assertThat(code(Language.EN, "A Ukrainian military post was attacked by Russian soldiers."))
                .containsExactly("RUSMIL 190 UKRMIL");
    }

    @Test
    void spanishNegationAssertsNoEvent() {
        assertThat(code(Language.ES, "Armenia no pidió asistencia militar a Rusia.")).isEmpty();
    }

    @Test
    void englishNegationAssertsNoEvent() {
        assertThat(code(Language.EN, "Armenia did not ask Russia for military assistance.")).isEmpty();
    }

    @Test
    void englishFailureToActAssertsNoEventOfThatAct() {
        assertThat(code(Language.EN, "Armenia asked Russia for military assistance.")).isNotEmpty();
        assertThat(code(Language.EN, "Armenia failed to ask Russia for military assistance.")).isEmpty();
    }

    @Test
    void spanishRefusalToActAssertsNoEventOfThatAct() {
        assertThat(code(Language.ES, "Armenia se negó a pedir asistencia militar a Rusia.")).doesNotContain("ARM 0232 RUS");
    }

    @Test
    void spanishCoordinationGivesOneEventPerActor() {
        assertThat(code(Language.ES, "Venezuela criticó a Colombia, Perú y Chile."))
                .containsExactlyInAnyOrder("VEN 111 COL", "VEN 111 PER", "VEN 111 CHL");
    }

    @Test
    void englishCoordinationGivesOneEventPerActor() {
        assertThat(code(Language.EN, "Venezuela criticized Colombia, Peru and Chile."))
                .containsExactlyInAnyOrder("VEN 111 COL", "VEN 111 PER", "VEN 111 CHL");
    }

    @Test
    void spanishReportedSpeechRecordsTheSpeaker() {
        Article a = Article.of("t", "El gobierno de Ecuador afirmó que soldados peruanos atacaron a civiles ecuatorianos.")
                .withPublished(DAY).withLanguage(Language.ES);
        List<EventRecord> events = SharedPipeline.get().code(a).events();
        assertThat(events).extracting(ConstructionsTest::triple).contains("PERMIL 190 ECUCVL");
        assertThat(events.stream().filter(e -> e.event().cameo().equals("190")).findFirst().orElseThrow()
                .evidence().speaker()).isPresent();
    }

    @Test
    void englishReportedSpeechRecordsTheSpeaker() {
        Article a = Article.of("t", "The government of Ecuador said Peruvian soldiers attacked Ecuadorian civilians.")
                .withPublished(DAY).withLanguage(Language.EN);
        List<EventRecord> events = SharedPipeline.get().code(a).events();
        assertThat(events).extracting(ConstructionsTest::triple).contains("PERMIL 190 ECUCVL");
        assertThat(events.stream().filter(e -> e.event().cameo().equals("190")).findFirst().orElseThrow()
                .evidence().speaker()).isPresent();
    }

    @Test
    void spanishDroppedSubjectCarriesOn() {
        assertThat(code(Language.ES, "El presidente de Chile visitó Lima el lunes. Después criticó a Bolivia por el cierre de la frontera."))
                .contains("CHLGOV 111 BOL");
    }

    @Test
    void spanishNounEventWithAgent() {
        assertThat(code(Language.ES, "El canciller denunció la invasión llevada adelante por Rusia en el este de Ucrania."))
                .anyMatch(t -> t.startsWith("RUS 192"));
    }

    // ---- Spanish constructions of the accuracy work (issue #4); sentences written by the team.

    @Test
    void spanishProtestNounUnderAnActDoneToItIsNotASecondEvent() {
        List<String> events = code(Language.ES, "La policía de Bolivia dispersó la manifestación de los maestros.");
        assertThat(events).anyMatch(t -> t.startsWith("BOLCOP 175"));
        assertThat(events).noneMatch(t -> t.contains(" 14"));
    }

    @Test
    void spanishProtestWithoutIncidentsHasNoRiot() {
        assertThat(code(Language.ES, "La marcha de los maestros de Honduras terminó sin incidentes."))
                .noneMatch(t -> t.contains(" 145"));
    }

    @Test
    void spanishStoneThrowingIsARiot() {
        assertThat(code(Language.ES, "Los manifestantes lanzaron piedras contra la policía de Bolivia."))
                .contains("---CVL 145 BOLCOP");
    }

    @Test
    void spanishBanningAProtestRestrictsFreedoms() {
        assertThat(code(Language.ES, "El gobierno de Tailandia prohibió la manifestación de la oposición."))
                .contains("THAGOV 1721 -");
    }

    @Test
    void spanishPassiveKeepsTheObjectConstraint() {
        assertThat(code(Language.ES, "La marcha fue prohibida por el gobierno de Perú."))
                .contains("PERGOV 1721 -");
    }

    @Test
    void spanishStateOfEmergency() {
        assertThat(code(Language.ES, "El gobierno de Perú decretó el estado de emergencia en Puno."))
                .contains("PERGOV 1724 -");
    }

    @Test
    void spanishArrestNounStandsWithoutActors() {
        assertThat(code(Language.ES, "Se produjeron ocho detenciones en Caracas."))
                .anyMatch(t -> t.contains(" 173"));
    }

    @Test
    void spanishHostageTaking() {
        assertThat(code(Language.ES, "Los campesinos tomaron como rehén a un funcionario de Perú."))
                .anyMatch(t -> t.contains(" 181 PERGOV"));
    }

    @Test
    void spanishPlannedProtestIsAThreatToProtest() {
        assertThat(code(Language.ES, "Los maestros de Honduras prevén realizar una marcha el viernes."))
                .anyMatch(t -> t.contains(" 130"))
                .noneMatch(t -> t.contains(" 141"));
    }

    @Test
    void spanishProtestNounTakesTheTenseOfItsVerb() {
        assertThat(code(Language.ES, "La marcha de los maestros de Honduras se iniciará el miércoles."))
                .contains("HNDEDU 130 -");
        // a protest that goes on is already happening
        assertThat(code(Language.ES, "La huelga de los mineros de Chile continuará el lunes."))
                .contains("CHLLAB 143 -");
    }

    @Test
    void spanishPeriphrasticFutureProtestIsAThreatToProtest() {
        assertThat(code(Language.ES, "Los maestros de Honduras volverán a marchar el viernes."))
                .anyMatch(t -> t.contains(" 130"))
                .noneMatch(t -> t.contains(" 141"));
        assertThat(code(Language.ES, "Los maestros de Honduras van a marchar el viernes."))
                .anyMatch(t -> t.contains(" 130"))
                .noneMatch(t -> t.contains(" 141"));
        // done again, it happened
        assertThat(code(Language.ES, "Los maestros de Honduras volvieron a marchar el viernes."))
                .anyMatch(t -> t.contains(" 141"));
    }

    @Test
    void spanishFutureAidIsAnIntentAndFutureAttackAThreat() {
        assertThat(code(Language.ES, "El gobierno de Chile enviará ayuda humanitaria a Perú."))
                .containsExactly("CHLGOV 0333 PER");
        assertThat(code(Language.ES, "El ejército de Rusia atacará Ucrania."))
                .isNotEmpty().allMatch(t -> t.startsWith("RUSMIL 138"));
    }

    @Test
    void spanishTwoVerbsOfOneRootAreTwoActs() {
        assertThat(code(Language.ES, "Los campesinos de Bolivia se manifestaron ante el Congreso y bloquearon las carreteras."))
                .anyMatch(t -> t.startsWith("BOLAGR 141"))
                .anyMatch(t -> t.startsWith("BOLAGR 144"));
        // protesting is what the march did: one act
        assertThat(code(Language.ES, "Los campesinos de Bolivia marcharon para protestar contra el gobierno."))
                .filteredOn(t -> t.contains(" 14")).hasSize(1);
    }

    @Test
    void spanishRoadBlockadeIsAnActBesideTheProtest() {
        assertThat(code(Language.ES, "Los camioneros de Bolivia bloquearon las carreteras para protestar contra el gobierno."))
                .anyMatch(t -> t.startsWith("BOLLAB 144"))
                .anyMatch(t -> t.startsWith("BOLLAB 140"));
        assertThat(code(Language.ES, "La protesta de los camioneros de Bolivia incluyó el bloqueo de las carreteras."))
                .anyMatch(t -> t.contains(" 144 "))
                .anyMatch(t -> t.contains(" 140 "));
    }

    @Test
    void spanishDemandVoicedByAProtestIsAsserted() {
        assertThat(code(Language.ES, "Los campesinos de Bolivia marcharon para exigir al gobierno la renuncia del ministro."))
                .anyMatch(t -> t.startsWith("BOLAGR 141"))
                .anyMatch(t -> t.startsWith("BOLAGR 10"));
        // with no one to demand it from, the purpose only says what the march was about
        assertThat(code(Language.ES, "Los campesinos de Bolivia marcharon para exigir la renuncia del ministro."))
                .anyMatch(t -> t.startsWith("BOLAGR 141"))
                .noneMatch(t -> t.contains(" 10"));
    }

    @Test
    void spanishHeadlineInCapitalsIsParsed() {
        assertThat(code(Language.ES, "CAMPESINOS DE BOLIVIA CORTAN LA CARRETERA A ORURO"))
                .anyMatch(t -> t.contains(" 144"));
    }

    @Test
    void spanishAccusationByAnUnnamedActor() {
        assertThat(code(Language.ES, "Jiménez acusó al gobierno de Bolivia de corrupción."))
                .contains("--- 112 BOLGOV");
    }

    @Test
    void spanishCourtSentenceIsLegalActionNotCriticism() {
        assertThat(code(Language.ES, "Un tribunal de Irán condenó a tres estudiantes a diez años de prisión."))
                .anyMatch(t -> t.startsWith("IRNJUD 173"))
                .noneMatch(t -> t.contains(" 111"));
    }

    @Test
    void spanishMotiveOfAProtestIsBackground() {
        assertThat(code(Language.ES, "Los conductores de Uruguay hicieron un paro en protesta por el asesinato de un colega."))
                .anyMatch(t -> t.contains(" 14"))
                .noneMatch(t -> t.contains(" 18"));
    }

    @Test
    void spanishStrikeAndBarricades() {
        assertThat(code(Language.ES, "Los trabajadores de Chile se declararon en huelga.")).contains("CHLLAB 143 -");
        assertThat(code(Language.ES, "Los estudiantes de Venezuela levantaron barricadas en la avenida."))
                .contains("VENEDU 144 -");
    }

    @Test
    void spanishProtestCoordinatedWithAPlannedOneIsPlannedToo() {
        assertThat(code(Language.ES, "Los sindicatos de Chile preparan nuevas marchas y huelgas."))
                .anyMatch(t -> t.contains(" 130"))
                .noneMatch(t -> t.contains(" 141") || t.contains(" 143"));
    }

    @Test
    void spanishStrikeThreatenedOrCalledForIsStillToCome() {
        assertThat(code(Language.ES, "La intención de huelga de los mineros de Chile preocupa al gobierno."))
                .noneMatch(t -> t.contains(" 143"));
    }

    @Test
    void spanishProtestLodgedWithAnAuthorityIsAComplaint() {
        assertThat(code(Language.ES, "La Sociedad Interamericana de Prensa protestó ante el gobierno de Honduras."))
                .anyMatch(t -> t.contains(" 114 HNDGOV"))
                .noneMatch(t -> t.contains(" 140"));
    }

    @Test
    void spanishGovernmentThatProtestsComplains() {
        assertThat(code(Language.ES, "El gobierno de Colombia protestó por las declaraciones del ministro de Venezuela."))
                .anyMatch(t -> t.startsWith("COLGOV 111"))
                .noneMatch(t -> t.contains(" 140"));
        // people who protest still demonstrate
        assertThat(code(Language.ES, "Los estudiantes de Colombia protestaron contra el gobierno."))
                .anyMatch(t -> t.startsWith("COLEDU 140"));
    }

    @Test
    void spanishProtestNamingAPlannedMarchIsPlannedToo() {
        assertThat(code(Language.ES, "La oposición de Paraguay realizará una manifestación de protesta contra el gobierno."))
                .anyMatch(t -> t.contains(" 130"))
                .noneMatch(t -> t.contains(" 140") || t.contains(" 141"));
    }

    @Test
    void spanishVoicingAStanceIsNoDemonstration() {
        assertThat(code(Language.ES, "Los ministros de Chile manifestaron su preocupación por la crisis."))
                .noneMatch(t -> t.contains(" 141"));
        assertThat(code(Language.ES, "Los estudiantes de Chile se manifestaron contra el gobierno."))
                .anyMatch(t -> t.contains(" 141"));
    }

    // ---- Spanish rows written from the CAMEO definitions of roots 01, 06, 07, 09, 15, 16 and 20

    @Test
    void spanishLoanToANamedRecipientIsEconomicAid() {
        assertThat(code(Language.ES, "Japón otorgó un préstamo a Bolivia.")).containsExactly("JPN 071 BOL");
        // approving a loan with no recipient named is no act of aid
        assertThat(code(Language.ES, "El gobierno de Japón aprobó un préstamo.")).noneMatch(t -> t.contains(" 07"));
    }

    @Test
    void spanishHumanitarianAidAndPeacekeepers() {
        assertThat(code(Language.ES, "Brasil envió alimentos y medicinas a Haití.")).containsExactly("BRA 073 HTI");
        assertThat(code(Language.ES, "Uruguay envió cascos azules a Haití.")).containsExactly("URY 074 HTI");
        // troops that are not peacekeepers are a show of force, not protection
        assertThat(code(Language.ES, "Uruguay envió tropas a Haití."))
                .noneMatch(t -> t.contains(" 074"))
                .anyMatch(t -> t.startsWith("URY 15"));
    }

    @Test
    void spanishBreakingRelationsAndExpellingTheAmbassador() {
        assertThat(code(Language.ES, "Colombia rompió relaciones diplomáticas con Venezuela.")).containsExactly("COL 161 VEN");
        assertThat(code(Language.ES, "El gobierno de Venezuela expulsó al embajador de Estados Unidos."))
                .containsExactly("VENGOV 161 USAGOV");
        // expelling journalists is a deportation, not a diplomatic act
        assertThat(code(Language.ES, "El gobierno de Venezuela expulsó a los periodistas de Colombia."))
                .noneMatch(t -> t.contains(" 161"));
    }

    @Test
    void spanishSuspendedMilitaryAid() {
        assertThat(code(Language.ES, "El gobierno de Estados Unidos suspendió la ayuda militar a Honduras."))
                .containsExactly("USAGOV 1622 HND");
    }

    @Test
    void spanishSecurityForcesGuardingAPlaceShowForce() {
        assertThat(code(Language.ES, "La policía de Chile custodiaba la sede del gobierno de Chile."))
                .anyMatch(t -> t.startsWith("CHLCOP 150"));
        // students guarding a building are no police or military power
        assertThat(code(Language.ES, "Los estudiantes de Chile custodiaban la sede del gobierno de Chile."))
                .noneMatch(t -> t.contains(" 15"));
    }

    @Test
    void spanishAlertOfSecurityForcesButNotForRain() {
        assertThat(code(Language.ES, "El ejército de Bolivia se declaró en estado de alerta."))
                .anyMatch(t -> t.startsWith("BOLMIL 15"));
        assertThat(code(Language.ES, "El gobierno de Colombia declaró alerta roja por las lluvias."))
                .noneMatch(t -> t.contains(" 15"));
    }

    @Test
    void spanishCondolencesAreAnEmpatheticComment() {
        assertThat(code(Language.ES, "El presidente de Chile expresó sus condolencias al pueblo de México."))
                .containsExactly("CHLGOV 018 MEX");
        assertThat(code(Language.ES, "El presidente de Chile expresó su apoyo al pueblo de México."))
                .noneMatch(t -> t.contains(" 018"));
    }

    @Test
    void spanishJointManoeuvresAndInvestigationAndMassacre() {
        assertThat(code(Language.ES, "Las fuerzas armadas de Colombia realizaron maniobras conjuntas con la armada de Estados Unidos."))
                .anyMatch(t -> t.startsWith("COLMIL 062"));
        assertThat(code(Language.ES, "La fiscalía de Perú abrió una investigación contra el alcalde de Lima."))
                .containsExactly("PERJUD 090 PERGOV");
        assertThat(code(Language.ES, "Los militares de Guatemala cometieron una masacre contra los campesinos."))
                .anyMatch(t -> t.startsWith("GTMMIL 202"));
    }

    // ---- English constructions added with the Phoenix verb layer (sentences written by the team)

    @Test
    void englishFutureAidIsAnIntentToProvideAid() {
        assertThat(code(Language.EN, "Japan will send humanitarian aid to Haiti.")).containsExactly("JPN 0333 HTI");
    }

    @Test
    void englishFutureAttackIsAThreat() {
        assertThat(code(Language.EN, "Russian troops will attack Ukraine.")).containsExactly("RUS 1384 UKR");
    }

    @Test
    void englishNegatedFutureAidIsARefusal() {
        assertThat(code(Language.EN, "Chile will not send troops to Bolivia.")).containsExactly("CHL 122 BOL");
    }

    @Test
    void englishReadinessIsAnIntent() {
        assertThat(code(Language.EN, "Kenya is ready to send troops to Somalia.")).containsExactly("KEN 0332 SOM");
    }

    @Test
    void englishPronounSubjectOfReportedClauseIsTheSpeaker() {
        assertThat(code(Language.EN, "Brazil said it would support Argentina.")).containsExactly("BRA 032 ARG");
    }

    @Test
    void englishReportedObligationIsADemand() {
        assertThat(code(Language.EN, "Spain declared that Morocco must reduce its tariffs.")).containsExactly("ESP 100 MAR");
    }

    @Test
    void englishCoordinatedSubjectsOfASymmetricActAreEachOthersTargets() {
        assertThat(code(Language.EN, "Peru and Chile signed a peace treaty."))
                .containsExactlyInAnyOrder("PER 057 CHL", "CHL 057 PER");
    }

    @Test
    void englishViolenceAgainstANamedVictimStandsWithoutASource() {
        assertThat(code(Language.EN, "A car bomb killed three Kenyan soldiers.")).containsExactly("--- 183 KENMIL");
    }

    @Test
    void englishRelativePronounIsNoAcronym() {
        assertThat(code(Language.EN, "Police arrested protesters who attacked the embassy."))
                .noneMatch(t -> t.contains("WHO"));
    }

    @Test
    void englishPhoenixVerbWithItsDictionaryCode() {
        assertThat(code(Language.EN, "Sweden donated five million dollars to Somalia.")).containsExactly("SWE 071 SOM");
    }

    @Test
    void englishUnnamedGroupTakesTheCountryItIsIn() {
        assertThat(code(Language.EN, "Security forces in Nigeria arrested five students.")).containsExactly("NGACOP 173 ---EDU");
    }

    @Test
    void englishTimeIsNoPrepositionalArgument() {
        assertThat(code(Language.EN, "The president of Chile telephoned the president of Peru on Tuesday."))
                .containsExactly("CHLGOV 041 PERGOV");
    }

    @Test
    void englishCapitalOfTheSourceIsNoTarget() {
        assertThat(code(Language.EN, "The government of Mali lifted the curfew in Bamako.")).containsExactly("MLIGOV 0813 -");
    }

    @Test
    void spanishTargetThatIsTheSourceLeavesTheActWithoutTarget() {
        // police arresting their own officers: still an arrest, with no other party to name
        assertThat(code(Language.ES, "La policía de Perú detuvo a tres policías de Perú en Lima."))
                .containsExactly("PERCOP 173 -");
    }

    @Test
    void englishCountingNounsLeadToWhatTheyCount() {
        assertThat(code(Language.EN, "Hundreds of teachers staged a demonstration against the government of Ghana."))
                .containsExactly("---EDU 141 GHAGOV");
    }

    @Test
    void englishAspectualVerbAssertsItsInfinitive() {
        assertThat(code(Language.EN, "Colombia continued to send weapons to Ecuador.")).containsExactly("COL 072 ECU");
    }

    @Test
    void englishAttemptIsCodedAsTheAct() {
        assertThat(code(Language.EN, "The guerrillas tried to assassinate the governor of Cauca.")).containsExactly("---REB 186 COLGOV");
    }

    @Test
    void spanishSecurityForcesClosingTheWayRestrictMovementWhileProtestersBlockIt() {
        assertThat(code(Language.ES, "La policía de Bolivia cerró el paso a los campesinos."))
                .containsExactly("BOLCOP 191 ---AGR");
        assertThat(code(Language.ES, "Los campesinos de Bolivia cerraron el paso en la carretera."))
                .containsExactly("BOLAGR 144 -");
    }

    @Test
    void refusingACooperativeActRejectsIt() {
        assertThat(code(Language.ES, "El gobierno de Honduras se negó a firmar el acuerdo con los maestros de Honduras."))
                .containsExactly("HNDGOV 120 HNDEDU");
        assertThat(code(Language.EN, "The government of Honduras refused to sign the agreement with the teachers of Honduras."))
                .containsExactly("HNDGOV 120 HNDEDU");
        // failing is no refusal: nothing happened
        assertThat(code(Language.EN, "The government of Honduras failed to sign the agreement with the teachers of Honduras."))
                .isEmpty();
    }

    @Test
    void spanishJoiningAProtestMakesTheJoinersProtesters() {
        assertThat(code(Language.ES, "Los estudiantes de Perú participaron en la marcha contra el gobierno."))
                .containsExactly("PEREDU 141 -");
        assertThat(code(Language.ES, "Los maestros de Honduras se sumaron a la huelga general."))
                .containsExactly("HNDEDU 143 -");
        assertThat(code(Language.ES, "Los transportistas de Ecuador acataron el paro nacional."))
                .containsExactly("ECULAB 143 -");
    }

    @Test
    void spanishCountedCrowdIsWhatItCounts() {
        // the dictionary lemmatises "miles" to the numeral "mil"
        assertThat(code(Language.ES, "Miles de estudiantes de Perú participaron en la marcha."))
                .containsExactly("PEREDU 141 -");
    }

    @Test
    void spanishWalkingOutOfTalksIsNoTalks() {
        assertThat(code(Language.ES, "La oposición de Nicaragua se ausentó del diálogo con el gobierno."))
                .containsExactly("NICOPP 125 -");
    }

    @Test
    void spanishProtestFiredOnIsTheObjectOfTheRepression() {
        assertThat(code(Language.ES, "El ejército de Comoras disparó contra una manifestación en Moroni."))
                .containsExactly("COMMIL 175 -");
    }

    @Test
    void nationalOrganisationsAreKnownByNameAndUnambiguousAcronym() {
        assertThat(code(Language.ES, "La COB criticó al gobierno de Bolivia.")).containsExactly("BOLLAB 111 BOLGOV");
        assertThat(code(Language.ES, "El Frente Sandinista de Liberación Nacional criticó al gobierno de Nicaragua."))
                .containsExactly("NICPTY 111 NICGOV");
        // "CGT" names unions in several countries: the bare acronym is left unknown
        assertThat(code(Language.ES, "La CGT criticó al gobierno de Francia.")).doesNotContain("ARGLAB 111 FRAGOV");
    }

    @Test
    void spanishGeneralDiplomaticAndYieldingActs() {
        assertThat(code(Language.ES, "El presidente de Bolivia viajó a Brasil para reunirse con su homólogo."))
                .containsExactly("BOLGOV 042 BRA");
        // a minister arriving at an agreement visits no one: the sector row leaves "llegar a un acuerdo" to its own row
        assertThat(code(Language.ES, "El presidente de Perú llegó a un acuerdo con los maestros de Perú."))
                .containsExactly("PERGOV 030 PEREDU");
        assertThat(code(Language.ES, "El gobierno de Colombia pidió perdón a las víctimas.")).containsExactly("COLGOV 055 -");
        assertThat(code(Language.ES, "El gobierno de Ecuador aceptó las demandas de los indígenas."))
                .containsExactly("ECUGOV 080 ---CVL");
        assertThat(code(Language.ES, "El gobierno de México propuso un diálogo a los maestros."))
                .containsExactly("MEXGOV 036 ---EDU");
    }

    @Test
    void spanishStoppingTrafficBlocksPassage() {
        assertThat(code(Language.ES, "Los campesinos de Bolivia paralizaron el tránsito en la carretera."))
                .containsExactly("BOLAGR 144 -");
    }

    @Test
    void spanishPurposeOfAnAppealIsNotAnAct() {
        // "lanzar" is a protest verb only with stones: the appeal's purpose is not a release done
        assertThat(code(Language.ES, "El canciller de Francia lanzó un llamado a los secuestradores para que liberen a los periodistas."))
                .noneMatch(e -> e.contains(" 084"));
    }

    @Test
    void spanishCoordinatedSourcesTakeTheirOwnSectorRow() {
        // the police's row must not take the students along; nor the students' row the soldiers
        assertThat(code(Language.ES, "Los estudiantes de Bolivia y los soldados de Bolivia bloquearon el puente."))
                .containsExactlyInAnyOrder("BOLEDU 144 -", "BOLMIL 191 -");
    }

    @Test
    void spanishAnAttackIsMilitaryForceOnlyWhenTroopsAttack() {
        assertThat(code(Language.ES, "El ejército de Armenia atacó a soldados de Azerbaiyán."))
                .containsExactly("ARMMIL 190 AZEMIL");
        assertThat(code(Language.ES, "Una multitud de Albania atacó a campesinos de Serbia."))
                .containsExactly("ALB 180 SRBAGR");
    }

    @Test
    void spanishDemandLocutionIsADemandByWhoActs() {
        assertThat(code(Language.ES, "Los maestros de Honduras paralizaron las escuelas en demanda de aumentos salariales."))
                .containsExactly("HNDEDU 100 -");
    }

    @Test
    void spanishReadinessToNegotiateIsAnIntentToMeet() {
        assertThat(code(Language.ES, "El gobierno de Bolivia está dispuesto a iniciar negociaciones con los campesinos."))
                .containsExactly("BOLGOV 036 ---AGR");
    }

    @Test
    void spanishGerundDemandOfAStrikeNeedsARecipient() {
        assertThat(code(Language.ES, "Los médicos de Perú realizaron un paro, exigiendo aumentos salariales."))
                .containsExactly("PERHLH 143 -");
        assertThat(code(Language.ES, "Los médicos de Perú realizaron un paro, exigiendo aumentos salariales al gobierno de Perú."))
                .containsExactlyInAnyOrder("PERHLH 143 -", "PERHLH 100 PERGOV");
    }

    @Test
    void spanishAskingForAnonymityIsNoDemand() {
        assertThat(code(Language.ES, "Un profesor de Chile pidió el anonimato.")).isEmpty();
    }

    @Test
    void spanishTalksNamedWithTheirPartiesAreNegotiation() {
        assertThat(code(Language.ES, "Las negociaciones entre el gobierno de Bolivia y los campesinos se reanudaron."))
                .containsExactly("BOLGOV 046 -");
    }

    // ---- English acts of PLOVER COERCE, SANCTION, RETREAT, CONCEDE and MOBILIZE (issue #4; team-written sentences)

    @Test
    void englishClosingABorderRestrictsMovementAndReopeningItEasesIt() {
        assertThat(code(Language.EN, "Turkey sealed its border with Syria.")).containsExactly("TUR 191 SYR");
        assertThat(code(Language.EN, "Jordan reopened its border with Syria.")).containsExactly("JOR 0872 SYR");
    }

    @Test
    void englishGoingOnAlertAndSendingReinforcementsAreForcePosture() {
        assertThat(code(Language.EN, "The army of Pakistan went on full alert.")).containsExactly("PAKMIL 152 -");
        assertThat(code(Language.EN, "Russia sent reinforcements to Chechnya.")).containsExactly("RUS 154 -");
    }

    @Test
    void englishPullingOutIsARetreatUnlessItIsOutOfTalksOrARace() {
        assertThat(code(Language.EN, "The army of Chad pulled out of the town.")).containsExactly("TCDMIL 0874 -");
        assertThat(code(Language.EN, "The rebels walked out of the talks with the government of Colombia."))
                .containsExactly("---REB 164 COLGOV");
        assertThat(code(Language.EN, "The president pulled out of the race.")).isEmpty();
    }

    @Test
    void englishPardonIsAConcessionAndReleaseARetreat() {
        assertThat(code(Language.EN, "The government of Burma pardoned 200 political prisoners.")).containsExactly("MMRGOV 080 -");
        assertThat(code(Language.EN, "The government of Peru released 20 prisoners.")).containsExactly("PERGOV 0841 -");
    }

    @Test
    void englishOrderingAnEnvoyOutReducesRelations() {
        assertThat(code(Language.EN, "Venezuela ordered the ambassador of the United States to leave the country."))
                .containsExactly("VEN 161 USA");
        assertThat(code(Language.EN, "The coach told the players to leave.")).isEmpty();
    }

    @Test
    void englishVowingToFightIsAThreat() {
        assertThat(code(Language.EN, "The rebels have sworn to fight the army of Chad.")).containsExactly("---REB 138 TCDMIL");
    }

    @Test
    void englishAgreeingToDemandsIsAConcessionAndRepealingAMeasureYields() {
        assertThat(code(Language.EN, "The government of Chile agreed to the demands of the students."))
                .containsExactly("CHLGOV 083 ---EDU");
        assertThat(code(Language.EN, "The government of Peru repealed the law.")).containsExactly("PERGOV 080 -");
        assertThat(code(Language.EN, "The army of Chad withdrew from the town.")).containsExactly("TCDMIL 0874 -");
    }
}
