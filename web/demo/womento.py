"""Väestöliitto's Womento, nationwide: the programme and its applicants."""

from __future__ import annotations

from web.demo.records import (
    DEMO_EMAIL_DOMAIN,
    EITHER,
    IN_PERSON,
    ONLINE,
    REJECTED,
    SUBMITTED,
    WAITLISTED,
    WOMAN,
    Person,
    Programme,
    text,
)

ORG_SLUG = "vaestoliitto"
PROGRAM_SLUG = "womento-2027"
COORDINATOR_EMAIL = f"riikka.hamalainen@{DEMO_EMAIL_DOMAIN}"

# -- Womento (Väestöliitto, nationwide) --------------------------------------------------

MENTEES = (
    Person(
        "Rasha Al-Khatib", WOMAN, "ar:native fi:good en:good",
        fields=("health",),
        topics=("recognition", "vocabulary", "job_search"),
        writes="fi",
        region="FI-15",
        note="Haastateltu {interviewed}. Hyvä suomi, selkeät tavoitteet. Farmasia.",
        background=text("""
            Olen farmaseutti Damaskoksesta ja työskentelin sairaala-apteekissa yhdeksän vuotta.
            Muutin Kuopioon vuonna 2020, ja olen opiskellut suomea ja suorittanut osan
            Valviran vaatimista täydentävistä opinnoista yliopistossa.
        """),
        goals=text("""
            Tavoitteeni on saada laillistus ja päästä töihin apteekkiin tai sairaalaan. Haluan
            harjoitella lääkealan sanastoa ja asiakaspalvelua suomeksi. Toivon mentoria, joka
            tuntee apteekkialan.
        """),
    ),
    Person(
        "Oksana Melnyk", WOMAN, "uk:native ru:fluent fi:good en:basic",
        fields=("finance",),
        topics=("vocabulary", "job_search", "cv"),
        writes="fi",
        region="FI-08",
        background=text("""
            Olen kotoisin Lvivistä, ja minulla on kauppatieteiden maisterin tutkinto.
            Työskentelin pankissa luottoanalyytikkona kuusi vuotta. Asun Jyväskylässä tyttäreni
            kanssa ja olen käynyt suomen kursseja kaksi vuotta.
        """),
        goals=text("""
            Haluan löytää työtä taloushallinnosta, esimerkiksi kirjanpitäjänä tai
            controllerina. Tarvitsen apua ammattisanastossa ja siinä, miten kerron
            ukrainalaisesta työkokemuksestani suomalaiselle työnantajalle.
        """),
    ),
    Person(
        "Anjali Sharma", WOMAN, "hi:native en:fluent fi:good",
        fields=("research",),
        topics=("career_change", "networking", "language"),
        region="FI-11",
        wishes_same_gender=False,
        background=text("""
            I have a PhD in molecular biology from Delhi and came to Tampere in 2021 as a
            postdoctoral researcher in a cancer research group. My contract ends next summer. I
            have studied Finnish for three years and passed the intermediate language test
            last spring.
        """),
        goals=text("""
            I want to explore careers outside academia, for example in diagnostics or
            pharmaceutical companies, and I would like to hear from a woman who has made that
            move. I also want to use my Finnish more at work, since in the lab we speak only
            English.
        """),
    ),
    Person(
        "Svetlana Nikolaeva", WOMAN, "ru:native fi:fluent en:good",
        fields=("health",),
        topics=("recognition", "vocabulary", "networking"),
        writes="fi",
        region="FI-14",
        note="Interviewed {interviewed}. Written licensing exam passed; needs a doctor mentor.",
        background=text("""
            Olen yleislääkäri Jekaterinburgista ja tein lääkärin työtä terveyskeskuksessa
            yksitoista vuotta. Muutin Ouluun vuonna 2019. Olen läpäissyt Valviran kirjallisen
            kuulustelun ja harjoittelen nyt suullista osaa varten.
        """),
        goals=text("""
            Haluan saada Suomessa laillistuksen ja työskennellä terveyskeskuslääkärinä.
            Tarvitsen tukea potilastyön suomen kielessä ja tietoa suomalaisesta
            terveydenhuollosta. Haluaisin myös tutustua suomalaisiin kollegoihin.
        """),
    ),
    Person(
        "Maryam Jafari", WOMAN, "fa:native en:fluent fi:good",
        fields=("construction", "design"),
        topics=("vocabulary", "job_search", "networking"),
        region="FI-19",
        meeting=EITHER,
        background=text("""
            I am an architect from Tehran with ten years of experience, mainly in residential
            and interior design. I moved to Turku in 2022 with my husband, who works at the
            shipyard. I have been learning Finnish intensively and now take a Finnish course
            for professionals.
        """),
        goals=text("""
            I want to find work in an architecture or design office in Turku. I'd like to
            learn how projects and building permits work in Finland and practise the
            vocabulary I need in meetings. I would be happy to meet a mentor online or in
            Turku.
        """),
    ),
    Person(
        "Hodan Warsame", WOMAN, "so:native fi:fluent en:good ar:basic",
        fields=("public", "ngo"),
        topics=("leadership", "confidence", "networking"),
        writes="fi",
        region="FI-18",
        note="Interviewed {interviewed}. Motivated, excellent Finnish.",
        background=text("""
            Tulin Suomeen Somaliasta 15-vuotiaana. Olen sosionomi (AMK) ja olen työskennellyt
            kuusi vuotta ohjaajana Helsingin kaupungin nuorisopalveluissa. Puhun somalia,
            suomea, englantia ja vähän arabiaa.
        """),
        goals=text("""
            Haluaisin edetä esihenkilötehtäviin tai suunnittelijaksi. Tarvitsen rohkeutta
            hakea vaativampia tehtäviä ja tukea verkostojen rakentamiseen. Toivon mentoria,
            jolla on kokemusta johtamisesta julkisella sektorilla.
        """),
    ),
    Person(
        "Thu Trang Nguyen", WOMAN, "vi:native en:fluent fi:good",
        fields=("marketing",),
        topics=("job_search", "vocabulary", "networking", "interviews"),
        region="FI-12",
        background=text("""
            I came from Hanoi to study international business at the University of Vaasa and
            graduated with a master's degree in 2024. During my studies I was an intern in the
            marketing team of an energy technology company. I now work part-time in a café
            while I look for a full-time job.
        """),
        goals=text("""
            I want a job in marketing or communications in Vaasa or remotely. I'd like help
            with my applications and with professional Finnish: I manage everyday
            conversations, but I feel insecure in interviews. I'd also like to learn how to
            network in a small city.
        """),
    ),
    Person(
        "Ayesha Siddiqui", WOMAN, "ur:native en:fluent fi:good",
        fields=("education",),
        topics=("recognition", "studies", "language"),
        region="FI-16",
        background=text("""
            I taught chemistry at a secondary school in Lahore for eight years and have a
            master's degree in chemistry. We moved to Lahti in 2021. I have worked as a
            teaching assistant in an international school and studied Finnish up to level B1.
        """),
        goals=text("""
            I want to become a qualified teacher in Finland. I need to understand the
            recognition decision, the pedagogical studies and the Finnish language
            requirement, and to plan how to do all this while working. A mentor who works in
            a Finnish school would help me a lot.
        """),
    ),
    Person(
        "Camila Rodríguez", WOMAN, "es:native en:good fi:good",
        fields=("health",),
        topics=("job_search", "vocabulary", "recognition"),
        writes="fi",
        region="FI-18",
        background=text("""
            Olen psykologi Bogotásta ja työskentelin kahdeksan vuotta lasten ja perheiden
            kanssa. Muutin Helsinkiin vuonna 2020 ja olen suorittanut Valviran vaatimat
            täydentävät opinnot. Odotan nyt laillistuspäätöstä.
        """),
        goals=text("""
            Haluaisin työskennellä psykologina perheneuvolassa tai koulussa. Tarvitsen apua
            työnhakuun ja psykologin työn suomen kieleen, koska terapiatyössä sanoilla on iso
            merkitys.
        """),
    ),
    Person(
        "Kateryna Bondarenko", WOMAN, "uk:native ru:fluent en:fluent fi:good",
        fields=("it", "business"),
        topics=("leadership", "work_culture", "career_change", "vocabulary"),
        region="FI-18",
        wishes_same_gender=False,
        note="Interviewed {interviewed}. Experienced PM; good Finnish, shy to use it.",
        background=text("""
            I worked in IT in Kyiv for nine years, first as a business analyst and then as a
            project manager for software projects with teams of up to 25 people. I have a
            master's degree in applied mathematics. I came to Espoo in 2022 and now work as a
            junior project coordinator in a small software company.
        """),
        goals=text("""
            I want to grow back into a project manager or product owner role. I'd like a
            mentor who can help me understand the Finnish leadership style and how decisions
            are made here, and who can give feedback on my Finnish in meetings. I'm also
            preparing for a Scrum certification.
        """),
    ),
    Person(
        "Xiaoyan Liu", WOMAN, "zh:native en:fluent fi:good",
        fields=("it", "research"),
        topics=("leadership", "confidence", "career_change"),
        region="FI-18",
        meeting=ONLINE,
        wishes_same_gender=False,
        background=text("""
            I have a master's in statistics from Wuhan and a PhD in computer science from the
            University of Helsinki. For the last four years I have worked as a data scientist
            at a Finnish retail company, building demand forecasting models.
        """),
        goals=text("""
            I would like to take the next step towards a lead or manager role, but I'm not
            sure how to show leadership in a Finnish workplace where everyone seems so modest.
            I'd like to talk about confidence, presenting my work and making my voice heard in
            Finnish meetings.
        """),
    ),
    Person(
        "Merve Aydın", WOMAN, "tr:native en:good fi:good",
        fields=("industry", "environment"),
        topics=("job_search", "vocabulary", "networking"),
        writes="fi",
        region="FI-03",
        background=text("""
            Olen elintarvikeinsinööri Ankarasta ja työskentelin maitotuotetehtaan
            laadunvalvonnassa viisi vuotta. Muutin Seinäjoelle 2021 mieheni työn takia. Olen
            opiskellut suomea ja ollut työkokeilussa leipomossa.
        """),
        goals=text("""
            Haluan löytää töitä elintarviketeollisuudesta, esimerkiksi laatu- tai
            tuotekehitystehtävistä. Haluan oppia alan sanastoa ja ymmärtää, miten suomalaisissa
            tehtaissa toimitaan. Myös verkostot Etelä-Pohjanmaalla olisivat tärkeitä.
        """),
    ),
    Person(
        "Meron Tadesse", WOMAN, "am:native en:fluent fi:good",
        fields=("health", "ngo"),
        topics=("job_search", "networking", "language"),
        region="FI-11",
        background=text("""
            I am from Addis Ababa and have a bachelor's degree in nursing and a master's in
            public health from Tampere University. I worked on a maternal health project for
            an NGO in Ethiopia, and now I am a part-time research assistant at the university.
        """),
        goals=text("""
            I want to work in health promotion or public health planning in Finland, in a
            wellbeing services county or an organisation. I need to understand how these jobs
            are advertised and what level of Finnish is expected. I'd love a mentor from the
            health or NGO sector.
        """),
    ),
    Person(
        "Roya Rezaei", WOMAN, "fa:native ps:good fi:good en:basic",
        fields=("media",),
        topics=("career_change", "confidence", "networking"),
        writes="fi",
        region="FI-13",
        background=text("""
            Työskentelin toimittajana Kabulissa radiossa ja uutistoimistossa yhdeksän vuotta,
            kunnes jouduin lähtemään maasta vuonna 2021. Asun Joensuussa kahden lapseni kanssa
            ja olen opiskellut suomea ahkerasti.
        """),
        goals=text("""
            Haluan jatkaa media-alalla tai viestinnässä, vaikka tiedän, että suomeksi
            kirjoittaminen on minulle vielä vaikeaa. Tarvitsen tukea ja uskoa siihen, että tämä
            on mahdollista. Haluaisin myös tietää, millaisia viestintätöitä järjestöissä on.
        """),
    ),
    Person(
        "Iman Saleh", WOMAN, "ar:native fi:good en:good",
        fields=("health",),
        topics=("recognition", "vocabulary"),
        writes="fi",
        region="FI-17",
        background=text("""
            Olen hammaslääkäri Bagdadista, ja minulla oli oma vastaanotto kahdeksan vuotta.
            Muutin Poriin vuonna 2020. Olen tehnyt Valviran kuulusteluja ja työskentelen nyt
            hammashoitajana.
        """),
        goals=text("""
            Tavoitteeni on saada hammaslääkärin laillistus ja päästä töihin terveyskeskukseen.
            Tarvitsen apua kuulusteluihin valmistautumiseen ja potilastyön kieleen.
        """),
    ),
    Person(
        "Kadri Saar", WOMAN, "et:native fi:fluent ru:good en:good",
        fields=("hr", "finance"),
        topics=("career_change", "studies", "networking"),
        writes="fi",
        region="FI-02",
        background=text("""
            Olen virolainen ja olen asunut Suomessa kymmenen vuotta. Työskentelen
            palkanlaskijana Lappeenrannassa, ja minulla on kauppatieteellinen tutkinto
            Tallinnasta.
        """),
        goals=text("""
            Haluaisin siirtyä HR-tehtäviin, esimerkiksi HR-asiantuntijaksi, ja mietin,
            tarvitsenko lisäkoulutusta. Mentorilta toivon näkemystä HR-alasta ja apua
            urasuunnitelman tekemiseen.
        """),
    ),
    Person(
        "Rosalie Dela Cruz", WOMAN, "tl:native en:fluent fi:good",
        fields=("health",),
        topics=("interviews", "vocabulary", "job_search"),
        region="FI-10",
        meeting=EITHER,
        background=text("""
            I am a registered nurse from Manila and worked for five years in an intensive care
            unit. I came to Rovaniemi in 2020 and work as a practical nurse in a care home.
            Valvira granted my licence after supplementary studies, and I am now applying for
            nursing posts.
        """),
        goals=text("""
            I want to work as a registered nurse in a hospital, ideally in intensive care
            again. I need help with job interviews in Finnish and with the vocabulary of
            hospital work. It would be great to meet someone who works in healthcare in
            Lapland.
        """),
    ),
    Person(
        "Aisha Mohammed", WOMAN, "en:fluent fi:good",
        fields=("business", "finance"),
        topics=("leadership", "confidence", "career_change"),
        region="FI-18",
        wishes_same_gender=False,
        background=text("""
            I'm from Abuja and came to Finland in 2019 to do an MBA. Since then I have worked
            as a business analyst in a logistics company in Vantaa. Before Finland I worked
            for five years in corporate banking.
        """),
        goals=text("""
            I want to move into a management role and understand how women build careers in
            Finnish companies. I'd like to discuss leadership, negotiation and visibility, and
            to practise presenting in Finnish, which I still avoid at work.
        """),
    ),
    Person(
        "Marta López", WOMAN, "es:native en:good fi:good",
        fields=("education",),
        topics=("recognition", "language", "vocabulary"),
        writes="fi",
        region="FI-19",
        background=text("""
            Olen luokanopettaja Valenciasta ja opetin alakoulussa kymmenen vuotta. Muutin
            Turkuun vuonna 2020, ja olen työskennellyt koulunkäynninohjaajana. Sain viime
            vuonna Opetushallitukselta päätöksen, jonka mukaan tarvitsen vielä kielikokeen.
        """),
        goals=text("""
            Haluan suorittaa kielikokeen ja saada luokanopettajan kelpoisuuden Suomessa.
            Toivoisin mentoria, joka tuntee suomalaisen koulun ja voi auttaa harjoittelemaan
            opettajan työn kieltä.
        """),
    ),
    Person(
        "Shirin Mohammadi", WOMAN, "fa:native ku:fluent fi:good en:good",
        fields=("engineering",),
        topics=("cv", "job_search", "vocabulary"),
        writes="fi",
        region="FI-12",
        background=text("""
            Olen sähköinsinööri Sanandajista Iranista, ja työskentelin sähkönjakeluyhtiössä
            suunnittelijana seitsemän vuotta. Muutin Vaasaan vuonna 2022, koska täällä on
            paljon energia-alan yrityksiä.
        """),
        goals=text("""
            Haluan päästä töihin energia-alalle Vaasan seudulla. Tarvitsen apua CV:n kanssa ja
            tietoa siitä, miten suomalaiset insinööritoimistot rekrytoivat. Haluan myös
            harjoitella teknistä suomea.
        """),
    ),
    Person(
        "Ngoc Tran", WOMAN, "vi:native en:fluent fi:good",
        fields=("hospitality", "business"),
        topics=("leadership", "work_culture", "language"),
        region="FI-05",
        meeting=IN_PERSON,
        note="Wants to meet in person only; no mentor in Kainuu so far.",
        background=text("""
            I studied hospitality management in Helsinki and have worked in hotels for six
            years, in Vietnam and in Finland. I now work as a shift supervisor at a spa hotel
            near Kajaani.
        """),
        goals=text("""
            I'd like to become a hotel manager one day, and I want to learn more about
            leadership and Finnish business culture. I prefer to meet my mentor face to face,
            because I learn Finnish much better when we talk in person.
        """),
    ),
    Person(
        "Lina Darwish", WOMAN, "ar:native en:fluent fi:good",
        fields=("education",),
        topics=("recognition", "language", "studies"),
        writes="fi",
        region="FI-07",
        meeting=IN_PERSON,
        note="Haluaa tavata kasvokkain Kokkolassa, alueella ei vielä mentoria.",
        background=text("""
            Olen englannin kielen opettaja Homsista ja opetin lukiossa kuusi vuotta. Asun
            Kokkolassa perheeni kanssa ja teen osa-aikaisesti töitä koulunkäynninohjaajana.
        """),
        goals=text("""
            Haluan opettajaksi suomalaiseen kouluun. Tarvitsen tietoa kelpoisuudesta ja tukea
            suomen kielen kehittämiseen. Haluaisin tavata mentorin mieluiten kasvokkain
            Kokkolassa.
        """),
    ),
    # Waiting for screening.
    Person(
        "Priyanka Nair", WOMAN, "hi:good en:fluent fi:good",
        fields=("finance",),
        topics=("cv", "interviews", "vocabulary"),
        status=SUBMITTED,
        region="FI-18",
        background=text("""
            I am a chartered accountant from Kochi with seven years of experience in audit and
            financial reporting. I moved to Espoo in 2023 with my husband and have just
            finished a Finnish course at level B1.
        """),
        goals=text("""
            I'd like to work as an accountant or financial controller in a Finnish company. I
            want to understand Finnish accounting practice and get help with my CV and with
            the Finnish I need in interviews.
        """),
    ),
    Person(
        "Arta Krasniqi", WOMAN, "sq:native de:fluent en:good fi:good",
        fields=("construction",),
        topics=("vocabulary", "career_change", "confidence"),
        writes="fi",
        status=SUBMITTED,
        region="FI-11",
        background=text("""
            Olen rakennusinsinööri Prishtinasta Kosovosta, ja olen työskennellyt Saksassa ja
            Suomessa. Nyt olen työmaainsinöörinä Tampereella, mutta työmaan kieli on minulle
            vielä haastavaa.
        """),
        goals=text("""
            Haluan kehittää suomen kieltäni niin, että voin hoitaa työmaapalaverit ja
            asiakirjat suomeksi, ja edetä projekti-insinööriksi. Toivon mentoria rakennusalalta.
        """),
    ),
    Person(
        "Siriporn Chaiyaporn", WOMAN, "th:native en:good fi:good",
        fields=("hospitality",),
        topics=("entrepreneurship", "leadership", "language"),
        writes="fi",
        status=SUBMITTED,
        region="FI-04",
        background=text("""
            Olen kotoisin Thaimaasta, ja minulla on hotellialan kandidaatin tutkinto
            Bangkokista. Asun Mikkelissä ja työskentelen hotellin vastaanotossa.
        """),
        goals=text("""
            Haluan oppia lisää hotellin johtamisesta ja ehkä perustaa tulevaisuudessa oman
            majoitusyrityksen. Haluan myös rohkeutta puhua suomea asiakkaiden kanssa.
        """),
    ),
    Person(
        "Alena Kuzmina", WOMAN, "ru:native fi:good en:basic",
        fields=("finance",),
        topics=("job_search", "interviews", "vocabulary"),
        writes="fi",
        status=SUBMITTED,
        region="FI-15",
        background=text("""
            Olen Minskistä Valko-Venäjältä ja työskentelin pankissa ekonomistina kahdeksan
            vuotta. Muutin Kuopioon vuonna 2022 ja olen opiskellut suomea ja kirjanpitoa
            aikuiskoulutuksessa.
        """),
        goals=text("""
            Haluan löytää työpaikan taloushallinnosta Kuopiosta. Tarvitsen apua työnhaussa ja
            haastatteluissa suomeksi.
        """),
    ),
    Person(
        "Juliana Oliveira", WOMAN, "pt:native en:fluent es:good fi:good",
        fields=("environment", "engineering"),
        topics=("vocabulary", "job_search", "networking"),
        status=SUBMITTED,
        region="FI-08",
        background=text("""
            I'm an environmental engineer from Belo Horizonte. I worked for six years on
            environmental impact assessments for mining projects and came to Jyväskylä in 2022
            for a master's in environmental science at the university.
        """),
        goals=text("""
            I want to work with environmental permits or sustainability in a Finnish company
            or consultancy. I'd like to practise environmental vocabulary in Finnish and learn
            how consultancies hire.
        """),
    ),
    # Decided otherwise.
    Person(
        "Elena Popescu", WOMAN, "ro:native en:fluent fi:good it:good",
        fields=("law",),
        topics=("recognition", "studies", "career_change"),
        writes="fi",
        status=WAITLISTED,
        region="FI-18",
        note=(
            "Interviewed {interviewed}. Excellent Finnish. Our law mentor is paused until "
            "January, so waitlisted."
        ),
        background=text("""
            Olen juristi Bukarestista ja työskentelin yritysjuristina kansainvälisessä
            yrityksessä seitsemän vuotta. Muutin Suomeen vuonna 2021, ja teen nyt töitä
            assistenttina asianajotoimistossa.
        """),
        goals=text("""
            Haluan tietää, mitä minun pitää opiskella, jotta voin toimia juristina Suomessa, ja
            miten voisin hyödyntää EU-oikeuden osaamistani. Toivon mentoria, joka tuntee
            juristin urapolut.
        """),
    ),
    Person(
        "Natalia Kowalska", WOMAN, "pl:native en:fluent fi:fluent",
        fields=("logistics",),
        topics=("career_change", "leadership", "confidence"),
        writes="fi",
        status=WAITLISTED,
        region="FI-09",
        note="Ei vielä logistiikan mentoria. Jonossa, kunnes Sari Peltosen hakemus on käsitelty.",
        background=text("""
            Olen Puolasta, ja minulla on logistiikan maisterin tutkinto Gdańskista. Olen
            asunut Kotkassa kuusi vuotta ja työskentelen huolintasihteerinä satamassa.
        """),
        goals=text("""
            Haluan edetä logistiikkasuunnittelijaksi tai esihenkilöksi. Tarvitsen tukea
            urasuunnitteluun ja rohkeutta hakea isompia tehtäviä.
        """),
    ),
    Person(
        "Yulia Morozova", WOMAN, "ru:native en:good fi:good",
        fields=("marketing",),
        topics=("job_search", "networking"),
        writes="fi",
        status=REJECTED,
        region="FI-18",
        note=(
            "Was a mentee in Womento 2025; the programme is once per person. Suggested the "
            "alumni peer group instead."
        ),
        background=text("""
            Olen markkinoinnin ammattilainen Novosibirskista ja asun Helsingissä. Osallistuin
            Womento-ohjelmaan mentoroitavana vuonna 2025 ja sain sieltä paljon apua.
        """),
        goals=text("""
            Haluaisin jatkaa mentorointia ja saada lisää tukea työnhakuun markkinointialalla.
        """),
    ),
)  # fmt: skip

MENTORS = (
    Person(
        "Katja Mäkinen", WOMAN, "fi:native en:fluent sv:good",
        fields=("hr", "business"),
        topics=("cv", "interviews", "working_life_rights", "work_culture"),
        writes="fi",
        region="FI-18",
        capacity=3,
        note="Can take three. Mentored in Womento 2025 too.",
        background=text("""
            Olen HR-päällikkö espoolaisessa teknologiayrityksessä ja olen vastannut
            rekrytoinneista kymmenen vuotta. Olen rekrytoinut kymmeniä kansainvälisiä osaajia
            ja nähnyt läheltä, mihin hyvät hakijat kompastuvat: usein verkostoihin ja siihen,
            miten oma osaaminen kerrotaan suomalaiselle rekrytoijalle.
        """),
        goals=text("""
            Voin auttaa CV:n, työhakemusten ja haastattelujen kanssa ja kertoa, miten
            rekrytointi Suomessa oikeasti etenee. Voimme harjoitella myös palkkaneuvottelua ja
            käydä läpi työpaikan kirjoittamattomia sääntöjä. Olen mentoroinut ennenkin ja
            nautin siitä.
        """),
    ),
    Person(
        "Heidi Koskinen", WOMAN, "fi:native en:fluent",
        fields=("it",),
        topics=("job_search", "leadership", "online_presence", "vocabulary"),
        writes="fi",
        region="FI-11",
        meeting=ONLINE,
        capacity=2,
        background=text("""
            Työskentelen ohjelmistokehityksen osastopäällikkönä tamperelaisessa IT-yrityksessä,
            ja minulla on 40 hengen organisaatio. Aloitin urani testaajana, joten tiedän,
            millaista on edetä alalla askel kerrallaan.
        """),
        goals=text("""
            Voin tukea IT-alalle työllistymisessä ja uralla etenemisessä, esimerkiksi
            esihenkilötyöhön siirtymisessä. Käydään yhdessä läpi työnhaku, LinkedIn ja IT-alan
            suomen sanasto. Tapaamiset sopivat minulle parhaiten etänä iltaisin.
        """),
    ),
    Person(
        "Elina Rautio", WOMAN, "fi:native en:fluent sv:good",
        fields=("health",),
        topics=("recognition", "vocabulary", "networking"),
        writes="fi",
        region="FI-14",
        meeting=ONLINE,
        capacity=2,
        background=text("""
            Olen sisätautien erikoislääkäri ja työskentelen yliopistollisessa sairaalassa
            Oulussa. Olen perehdyttänyt useita ulkomailla koulutettuja lääkäreitä, jotka
            suorittavat Valviran laillistamiskuulusteluja.
        """),
        goals=text("""
            Voin auttaa ymmärtämään terveydenhuollon laillistamisprosessia, suomalaista
            sairaalatyötä ja potilastyön kieltä. Voin myös kertoa, miten alalla verkostoidutaan
            ja mistä löytyy harjoittelupaikkoja.
        """),
    ),
    Person(
        "Päivi Lehtonen", WOMAN, "fi:native en:good sv:good",
        fields=("construction", "engineering"),
        topics=("recognition", "vocabulary", "networking"),
        writes="fi",
        region="FI-19",
        capacity=2,
        background=text("""
            Olen rakennesuunnittelija ja työskentelen turkulaisessa insinööritoimistossa
            projektipäällikkönä. Olen suunnitellut siltoja ja julkisia rakennuksia 20 vuotta,
            ja toimistossamme on insinöörejä myös Iranista ja Virosta.
        """),
        goals=text("""
            Voin kertoa suunnittelualan työnhausta ja pätevyysvaatimuksista ja auttaa
            rakennusalan suomen sanastossa. Voin myös esitellä mentoroitavaa alan ihmisille
            Turun seudulla.
        """),
    ),
    Person(
        "Satu Järvinen", WOMAN, "fi:native en:good sv:basic",
        fields=("education",),
        topics=("recognition", "studies", "work_culture"),
        writes="fi",
        region="FI-08",
        meeting=ONLINE,
        capacity=2,
        background=text("""
            Olen lukion rehtori Jyväskylässä, ja sitä ennen opetin kemiaa ja matematiikkaa 15
            vuotta. Olen rekrytoinut opettajia, joilla on ulkomainen tutkinto, ja tunnen
            kelpoisuusasiat hyvin.
        """),
        goals=text("""
            Voin auttaa opetusalan kelpoisuuden hankkimisessa: tutkinnon tunnustaminen,
            pedagogiset opinnot ja kielitaitovaatimukset. Kerron mielelläni myös suomalaisesta
            koulukulttuurista ja siitä, miten opettajan työpaikkoja haetaan.
        """),
    ),
    Person(
        "Minna Korhonen", WOMAN, "fi:native en:fluent sv:good",
        fields=("finance",),
        topics=("vocabulary", "interviews", "job_search", "career_change"),
        writes="fi",
        region="FI-15",
        capacity=2,
        background=text("""
            Olen talousjohtaja kuopiolaisessa energiayhtiössä. Olen koulutukseltani
            kauppatieteiden maisteri, ja työskentelin tilintarkastajana ennen kuin siirryin
            yrityksen puolelle.
        """),
        goals=text("""
            Voin tukea talousalan työnhaussa ja urasuunnittelussa ja kertoa, miten suomalainen
            taloushallinto ja raportointi toimivat. Käydään läpi alan sanastoa ja harjoitellaan
            työhaastattelua suomeksi.
        """),
    ),
    Person(
        "Laura Niemi", WOMAN, "fi:native en:fluent sv:good",
        fields=("marketing", "business"),
        topics=("online_presence", "networking", "career_change", "language"),
        region="FI-18",
        meeting=ONLINE,
        background=text("""
            I'm the marketing director of a Finnish consumer electronics company with teams
            in Helsinki, Stockholm and Warsaw. Most of my working days are in English, and
            about a third of my team moved to Finland from abroad.
        """),
        goals=text("""
            I can help with career planning in marketing and communications, with personal
            branding and LinkedIn, and with networking in the Helsinki business scene. I'm
            also happy to practise Finnish with my mentee: I know that professional Finnish
            opens many doors here.
        """),
    ),
    Person(
        "Johanna Salminen", WOMAN, "fi:native en:good sv:basic",
        fields=("health",),
        topics=("recognition", "vocabulary", "work_culture"),
        writes="fi",
        region="FI-10",
        meeting=EITHER,
        capacity=2,
        background=text("""
            Olen apteekkari ja omistan apteekin Rovaniemellä. Apteekissamme on työskennellyt
            farmaseutteja Syyriasta ja Venäjältä, ja olen auttanut heitä laillistamisessa ja
            kieliopinnoissa.
        """),
        goals=text("""
            Voin kertoa farmasia-alasta, Valviran laillistamisesta ja apteekkityöstä Suomessa.
            Voin myös harjoitella asiakaspalvelun ja lääkealan sanastoa. Etätapaamiset sopivat,
            ja Rovaniemellä asuvia voin tavata myös kasvokkain.
        """),
    ),
    Person(
        "Irina Laine", WOMAN, "ru:native fi:fluent en:fluent",
        fields=("research", "engineering"),
        topics=("career_change", "networking", "leadership"),
        writes="fi",
        region="FI-18",
        capacity=2,
        background=text("""
            Muutin Suomeen Moskovasta vuonna 1998 ja väittelin tohtoriksi materiaalitekniikasta
            Teknillisessä korkeakoulussa. Nyt johdan laboratoriota tutkimuslaitoksessa
            Espoossa.
        """),
        goals=text("""
            Voin tukea tutkijoita ja insinöörejä, jotka haluavat edetä urallaan Suomessa, ja
            kertoa omasta polustani. Puhumme suomea, mutta tarvittaessa myös venäjää tai
            englantia. Autan mielelläni myös hakemusten ja apurahojen kanssa.
        """),
    ),
    Person(
        "Anu Heikkilä", WOMAN, "fi:native en:fluent sv:good",
        fields=("law", "public"),
        topics=("career_change", "studies", "recognition"),
        writes="fi",
        region="FI-11",
        paused=True,
        note="Paused until January.",
        background=text("""
            Olen lakimies Tampereen kaupungilla ja työskentelen hankintojen ja sopimusten
            parissa. Aiemmin olin asianajotoimistossa ja käräjäoikeudessa notaarina.
        """),
        goals=text("""
            Voin kertoa juristin urapoluista Suomessa ja siitä, miten ulkomaisella oikeustieteen
            tutkinnolla voi edetä. Tammikuuhun asti kalenterini on valitettavasti täynnä.
        """),
    ),
    Person(
        "Tiina Väisänen", WOMAN, "fi:native en:good ru:basic",
        fields=("ngo", "public"),
        topics=("networking", "confidence", "job_search"),
        writes="fi",
        region="FI-13",
        capacity=2,
        background=text("""
            Työskentelen projektipäällikkönä järjestössä Joensuussa ja vastaan maahan
            muuttaneiden työllistymishankkeesta. Olen koulutukseltani yhteiskuntatieteiden
            maisteri.
        """),
        goals=text("""
            Voin auttaa järjestöjen ja julkisen sektorin työnhaussa ja kertoa, miten hankkeita
            rahoitetaan ja johdetaan. Tuen mielelläni myös itsevarmuuden ja verkostojen
            rakentamisessa.
        """),
    ),
    Person(
        "Mercy Otieno", WOMAN, "sw:native en:fluent fi:fluent",
        fields=("industry", "business"),
        topics=("confidence", "job_search", "vocabulary", "work_culture"),
        region="FI-03",
        meeting=EITHER,
        capacity=2,
        background=text("""
            I moved to Finland from Kenya in 2010 to study food technology in Seinäjoki, and I
            now work as a quality manager at a dairy company here. I know both sides: being a
            newcomer who does not understand the unwritten rules, and being the manager who
            hires.
        """),
        goals=text("""
            I can support women in food production, manufacturing and quality work, and talk
            honestly about building a career in a small Finnish town. We can speak Finnish or
            English. I can help with job applications, professional Finnish and confidence at
            work.
        """),
    ),
    # Waiting for screening.
    Person(
        "Sari Peltonen", WOMAN, "fi:native en:good sv:basic",
        fields=("logistics",),
        topics=("job_search", "career_change", "leadership"),
        writes="fi",
        status=SUBMITTED,
        region="FI-09",
        capacity=2,
        background=text("""
            Olen toimitusketjupäällikkö kotkalaisessa satamalogistiikan yrityksessä. Olen
            työskennellyt alalla 18 vuotta, ensin huolitsijana ja nyt esihenkilönä.
        """),
        goals=text("""
            Voin auttaa logistiikka-alan työnhaussa ja urasuunnittelussa ja kertoa, millaisia
            tehtäviä alalla on tarjolla. Tutustun mielelläni uuteen ihmiseen ja opin itsekin.
        """),
    ),
    Person(
        "Hanna Lindroos", WOMAN, "sv:native fi:native en:fluent",
        fields=("media", "marketing"),
        topics=("career_change", "networking", "online_presence"),
        writes="sv",
        status=SUBMITTED,
        region="FI-12",
        background=text("""
            Jag är redaktör och kommunikationskonsult i Vasa. Jag har jobbat på tidningar och
            kommunikationsbyråer i 20 år, på svenska och finska.
        """),
        goals=text("""
            Jag kan hjälpa kvinnor som vill jobba med kommunikation eller media i Finland: hur
            branschen fungerar, hur man skriver för en finländsk publik och hur man bygger
            kontakter. Vi kan använda finska, svenska eller engelska.
        """),
    ),
    # Decided otherwise.
    Person(
        "Marja-Leena Toivonen", WOMAN, "fi:native en:fluent",
        fields=("it",),
        topics=("career_change", "job_search", "vocabulary"),
        writes="fi",
        status=WAITLISTED,
        region="FI-06",
        capacity=2,
        note="Enough IT mentors for now; waitlisted in case we accept more IT mentees.",
        background=text("""
            Olen IT-arkkitehti vakuutusyhtiössä Hämeenlinnassa ja olen työskennellyt IT-alalla
            25 vuotta. Olen ollut mentorina aiemmin yrityksemme sisäisessä ohjelmassa.
        """),
        goals=text("""
            Voin auttaa IT-alan urasuunnittelussa, teknisen osaamisen sanoittamisessa ja
            työnhaussa. Etätapaamiset sopivat minulle hyvin.
        """),
    ),
)  # fmt: skip

WOMENTO = Programme(
    org_slug=ORG_SLUG,
    org_name="Väestöliitto",
    coordinator="Riikka Hämäläinen",
    coordinator_email=COORDINATOR_EMAIL,
    slug=PROGRAM_SLUG,
    name="Womento 2027",
    summary=(
        "Mentoring for educated women who have moved to Finland, with a mentor from the same "
        "field. Nationwide and remote."
    ),
    audience=text("""
        Mentees are women with a degree or a vocational qualification who have moved to Finland
        and speak enough Finnish to work with a mentor in Finnish. You can live anywhere in
        Finland. Mentors are educated women in working life who want to support a colleague
        who is new to Finland.
    """),
    description=text("""
        Womento runs for eight months. Each pair meets regularly, mostly online, and works
        towards the mentee's own goals: often work in her own field, and the Finnish of that
        field. The programme begins with a coaching session for mentees and mentors. During
        the programme the pairs come together in three group meetings of 5–8 pairs to share
        experiences and support each other. The meetings are in Finnish; information is also
        available in English.
    """),
    pairing=text("""
        After the application period our coordinators look for a mentor for each mentee. A
        shared profession or educational background is the guiding idea.
    """),
    duration_months=8,
    commitment="1–2 meetings a month, plus three group meetings",
    languages=("fi", "en"),
    asks_gender=True,
    allows_gender_wish=True,
    opened_days_ago=20,
    closes_in_days=27,
    starts_after_days=28,
    home_region="FI-18",
    meeting_weights={ONLINE: 5, EITHER: 4, IN_PERSON: 0},
    mentees=MENTEES,
    mentors=MENTORS,
    example_mentee="Kateryna Bondarenko",
    example_mentor="Laura Niemi",
)
