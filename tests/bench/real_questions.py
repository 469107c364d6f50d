"""Questions families ask, judged against a real council's directory (issue 10).

Written on 3 December 2026, before anyone tuned search against them, and not to be edited to
flatter a result: a question that does badly is a finding. The generated set
(tests/bench/queries.py) was written so that a service's words say what its facts say; real
listings do not, and this set measures that.

The directory is North Lincolnshire Council's Open Referral UK 1.0 feed as its public API served
it in December 2024: 738 services, HTML descriptions, ages only in free text, no locations for
most. It is not in this repository (it may be used to evaluate, not copied), so this file holds
only its service ids, each question's words and a short note of what the family means.
tests/bench/real_eval.py reads the feed from the file named by $BENCH_REAL_SERVICES and says so
when it is not there.

How the answers were judged
---------------------------
For each question the whole feed was searched for the question's words, their synonyms and the
related terms a reader would think of (so a listing that says "short breaks" was found for
"respite"); then each candidate's name, description, organisation, audience tags and stated
ages were read, and graded:

2  What was asked for: the service does the thing asked, for the person asked about (their age
   or need) and, when a place is named, in that place.
1  Partly useful: a general service that includes the thing among others; the right thing with a
   caveat (a neighbouring age band, a helpline or signposting service, a venue that only welcomes
   it, a specific group of the people asked about, such as dementia carers for "carers"); or the
   thing for adults when the question gives no age.
0  Everything else, and every service not listed below: including the right kind of thing for a
   clearly different person (an adults-only group when a child is asked about).

Ages. A stated range must include the age asked: 18 months is inside "under 5" and inside
"12/18 months to 3 years"; a range that ends at the age ("up to 12/18 months" for 18 months)
is 1; weeks and months are read the same way as years. With no stated age, a listing plainly for
that stage (a toddler group for an 18 month old) counts as stating it; one for "children" of no
stated age is 1 at most.

Places. Judged from where the listing says it happens: its name, its description or its
organisation's description. 2 = in the place named; 1 = the thing run across the council's area,
at several venues, with no stated place, or in the next district of the same town (Bottesford
for Ashby); 0 = the thing in another town.

Misspellings are judged as the word meant. Filter questions (params beyond `q`) are judged by
what a family ticking that box means (need=ASD: services for autistic people; cost=free: the
listing says it is free), whatever structured data the feed carries.

Each question has GET parameters exactly as the search page receives them; Wagtail's built-in
search gets only the words (`q`).
"""

from dataclasses import dataclass

KINDS = ("topic", "description", "place", "age", "conversation", "misspelling", "filter")


@dataclass(frozen=True)
class RealQuestion:
    kind: str  # one of KINDS
    note: str  # what the family means
    params: dict
    grades: dict  # ORUK service id -> 2 or 1; every other service is 0

    @property
    def text(self) -> str:
        return self.params.get("q", "")


def q(kind: str, note: str, params: dict, best: tuple = (), partly: tuple = ()) -> RealQuestion:
    grades = {service: 1 for service in partly}
    grades.update({service: 2 for service in best})
    return RealQuestion(kind, note, params, grades)


QUESTIONS: tuple[RealQuestion, ...] = (
    # -- topic -------------------------------------------------------------------------------------
    q(
        "topic",
        "Speech and language therapy, most likely for their child.",
        {"q": "speech therapy"},
        best=(
            "5def50c8-5989-0044-3b02-c1f4bc33f6dc",
        ),
        partly=(
            "2c399dd9-04e7-164d-b34c-e7150c055e03",
        ),
    ),
    q(
        "topic",
        "Help for a child with special educational needs: advice, assessment, support in school.",
        {"q": "sen support"},
        best=(
            "da4d1468-7ef3-8c5f-2eff-ab1388815b11", "05a14f94-7b7f-21d3-402a-0d11529a00ba",
            "f03e3e90-bee5-eccc-3075-3a0692b7af49",
        ),
        partly=(
            "86bf8614-d661-12ca-a7b7-3168dd8d8d60", "66d2396e-8d62-f408-8049-eed674435473",
            "5166bdc5-27a3-56bf-2dd0-97b5d81fe764", "2e6ccb21-0e60-b8cf-581e-c9d95d493963",
            "ffdb4a7b-d2c9-44a0-92d1-8339cee277b3", "5f3a632e-328a-be87-0934-9a98bdf51420",
            "d714d425-52ce-4c82-78ff-b066e9513d45", "fe4c04ea-3d5f-cfc1-f916-a8fec62c785c",
        ),
    ),
    q(
        "topic",
        "Anything for autistic people or their families (no age given).",
        {"q": "autism"},
        best=(
            "1db08aab-e32a-54cf-1063-da428f82db23", "abee5419-53a8-3189-534c-10bfe55ffbdf",
            "86bf8614-d661-12ca-a7b7-3168dd8d8d60", "0abb9bac-5c4b-0a29-1414-bc0347c20a32",
        ),
        partly=(
            "40d652f2-ceac-bce2-1390-0debcdc4a7a1", "a307721b-a1a7-1d98-4c69-1dd62c728d84",
            "1e17b00a-7f91-8bfe-6d79-f1243af7d002", "15512c5a-d8b2-f938-f797-1758a7a2bfd8",
            "a2556a28-2db9-dbd3-c15a-00d9e17bb53d", "bf7d570e-336c-7ded-bd53-2d7e9ae1d913",
            "09ed9efc-6e7b-7720-f9bc-68ff514fe373", "ba9e2065-5771-5cff-d648-310e15e3b38b",
            "5f3a632e-328a-be87-0934-9a98bdf51420", "da4d1468-7ef3-8c5f-2eff-ab1388815b11",
        ),
    ),
    q(
        "topic",
        "A breastfeeding support group or advice.",
        {"q": "breastfeeding support"},
        best=(
            "fd596731-0bc1-6e3e-cd17-a524a52a80d6", "0db8eee8-8e08-87ed-8910-7237071be042",
            "432cd188-f13b-2034-1c82-77bb9ec1eb86", "e4e96e90-1638-cd81-2c06-b1e5072946a3",
            "cf88690a-ef2e-7da8-346c-93bd2aab3f53", "98c4595e-5992-d4b2-e6d2-332a95069ef2",
        ),
        partly=(
            "e64adc70-029c-f9a9-79bb-97e29c45b1d2", "c31c4f8c-ceb3-fc07-54c7-398636763b18",
            "b7e18f00-a76d-745f-c2a5-f9fbb5871354", "a4ce1a2c-c9fc-b1eb-882f-c13c942eb99a",
            "e3a091a6-2c04-bac9-ba40-2cb60b58995f", "178a3c65-1485-8063-f9e7-553504251e4b",
            "caf5f44e-4c1c-09fa-0bd0-979b60ec5dfa", "d8b44d88-1f71-778b-49ac-ff9c1ce00462",
            "ffdb4a7b-d2c9-44a0-92d1-8339cee277b3",
        ),
    ),
    q(
        "topic",
        "A regular club or drop-in for older children and teenagers.",
        {"q": "youth club"},
        best=(
            "01418188-241f-49be-15ea-c4eb790b699f", "c76f6f3f-378e-0fb3-7dd7-a9785525bf0f",
            "b7c260e2-e9b0-1bd1-6360-30a99b5291de", "9b777345-c4c2-3a11-1464-9b21741dbe71",
            "c17482d3-1748-f9d7-b766-7f35e8488969", "5f5311e3-4664-0bd3-1528-ce4054af68f2",
            "2db2dbac-568d-e600-d0b3-951c1cbd9530",
        ),
        partly=(
            "44417e62-bd35-a8ef-9138-5d4283430e9d", "5efa0d3a-4753-2e88-e22b-a448a17c20d3",
            "252a145f-f049-ef1d-22b3-addcbee8ce1d",
        ),
    ),
    q(
        "topic",
        "Support for a child who helps care for someone in the family.",
        {"q": "young carers"},
        best=(
            "3efd10f1-5060-eaa2-a02f-a1b20fe9a1b2",
        ),
        partly=(
            "1cca8de5-5b04-987f-5678-c9fd4964c0a1",
        ),
    ),
    q(
        "topic",
        "Free or cheap food for a family that cannot afford it.",
        {"q": "food bank"},
        best=(
            "c3d01d84-3c44-c1e0-2dd3-ed4445bba060", "eeaa89c5-3c75-7d89-42a9-0c2002b251e3",
            "036c4890-86c7-28d7-5a1a-3a1e61ecb9a0", "80a985e9-5e65-39ac-2cd9-f3936f1089e6",
        ),
        partly=(
            "563be9cf-eb9f-2753-d53b-135c525c0878", "eef5da9d-febd-3b87-a21c-3ca157f36f7a",
            "7461ad96-68a5-5ec9-8382-4c40648b9d48", "72184a12-c279-c714-30bf-e657f047e437",
            "fd6a6176-290c-3cb0-2247-33275291c163", "eecdae1c-c248-f9c0-99fd-0676211a59e3",
        ),
    ),
    q(
        "topic",
        "A course or group that helps with parenting.",
        {"q": "parenting course"},
        best=(
            "5ae4f5ac-160c-aad8-4398-7046bc5ec169",
        ),
        partly=(
            "59e719ea-c334-9d44-0c93-5d76593e99f2", "3377ef2a-a4e7-4f11-0d08-e26cfcc7dfa4",
            "7c2b95b9-4e58-2851-f3fc-24a24056a0b5", "60e395cc-19d9-8c13-614e-d2719663eec5",
            "2a2303a5-eaa4-1a5f-6a3d-e0740f427f0a",
        ),
    ),
    q(
        "topic",
        "Getting a child to school: free or assisted school transport.",
        {"q": "school transport"},
        best=(
            "f4d6d30d-85e2-7805-b7b3-74c4d4a9be42",
        ),
    ),
    q(
        "topic",
        "An Education, Health and Care plan: the assessment, reviews, advice.",
        {"q": "ehcp"},
        best=(
            "05a14f94-7b7f-21d3-402a-0d11529a00ba", "f03e3e90-bee5-eccc-3075-3a0692b7af49",
        ),
        partly=(
            "2e6ccb21-0e60-b8cf-581e-c9d95d493963", "da4d1468-7ef3-8c5f-2eff-ab1388815b11",
        ),
    ),
    q(
        "topic",
        "Help for someone with an eating disorder, or their family.",
        {"q": "eating disorder"},
        best=(
            "8682b59a-c3cd-bab5-6f31-c86856209acf",
        ),
        partly=(
            "8b8d239b-c112-7d34-8ca7-7f7a186362cb",
        ),
    ),
    q(
        "topic",
        "Support for a child or family living with ADHD.",
        {"q": "adhd"},
        best=(
            "f04fef2d-00b2-5cc3-a4db-76e280864ced",
        ),
        partly=(
            "da4d1468-7ef3-8c5f-2eff-ab1388815b11", "f03e3e90-bee5-eccc-3075-3a0692b7af49",
        ),
    ),
    q(
        "topic",
        "An educational psychologist for their child.",
        {"q": "educational psychologist"},
        best=(
            "2e6ccb21-0e60-b8cf-581e-c9d95d493963",
        ),
    ),
    q(
        "topic",
        "Finding a childminder, nursery or other registered childcare.",
        {"q": "childcare"},
        best=(
            "401d4786-c7bc-871a-de3b-9716da9e4923",
        ),
    ),
    q(
        "topic",
        "Swimming lessons, or a pool that runs them.",
        {"q": "swimming lessons"},
        best=(
            "39cb4264-785b-0bc1-f8f4-7710664eca5a", "c8c83360-f854-ef13-2628-5d4646b64d8b",
        ),
        partly=(
            "509905bb-65da-3317-e98d-96560444eef2", "08d7be67-dab0-190f-6c8c-22f1d94418d8",
            "5f6a6e8b-55b7-ce74-efdf-cface7d55b80",
        ),
    ),
    q(
        "topic",
        "Occupational therapy for a child.",
        {"q": "occupational therapy"},
        best=(
            "f1c9802d-b0b7-5942-aee4-cf6adaafd484", "5def50c8-5989-0044-3b02-c1f4bc33f6dc",
        ),
    ),
    q(
        "topic",
        "A break for parents who care for a disabled child.",
        {"q": "respite"},
        best=(
            "fe4c04ea-3d5f-cfc1-f916-a8fec62c785c",
        ),
        partly=(
            "8248c9c9-7844-536d-8d2b-9c4748c32b0e", "78ddf85e-cb81-77ce-25c8-88c41ecaf080",
        ),
    ),
    # -- description -------------------------------------------------------------------------------
    q(
        "description",
        "Employment support (CVs, interviews, supported work) for young disabled adults.",
        {"q": "job help for disabled young adults"},
        best=(
            "e08b799d-8de8-8b61-0765-caade78d5f79", "5b8728ea-0da7-a23e-7293-a872024ffbee",
        ),
        partly=(
            "fa0f5b36-1dd9-a483-276a-64c282197bea", "0eaeb956-91a4-8433-c0cf-9a07a9d076a6",
        ),
    ),
    q(
        "description",
        "Learning Makaton signing, or a group that uses it.",
        {"q": "makaton"},
        best=(
            "592cc1ab-4ae5-d2e5-51c2-6d5866e4b280",
        ),
        partly=(
            "40d652f2-ceac-bce2-1390-0debcdc4a7a1", "4adb2b4b-6fc6-f32a-4857-22dcdd2d3e0b",
            "944ad654-d8fc-a35a-ebec-68e06f0147d7", "1de3956d-ffe0-ceb2-3b2b-dcba7bcd4761",
            "7317a5a0-f827-e91b-f0dc-5f0f8100ebce", "d8135bed-f35c-194e-4b13-7477e7e476b3",
            "de8ae1bb-fd91-ccae-ad19-68b9444429c5",
        ),
    ),
    q(
        "description",
        "Somewhere a child can get help with homework.",
        {"q": "homework help"},
        best=(
            "442dede6-d882-d2c4-1f28-2cbe70b7cbd4",
        ),
        partly=(
            "c76f6f3f-378e-0fb3-7dd7-a9785525bf0f", "e494c7c5-b592-2ce5-8279-bb7fb59b4525",
            "9b777345-c4c2-3a11-1464-9b21741dbe71",
        ),
    ),
    q(
        "description",
        "Support for someone who is harming themselves.",
        {"q": "self harm"},
        best=(
            "82fb98af-dd04-16b5-642a-bb8b4889a21a",
        ),
        partly=(
            "fb323dd7-4b1b-775c-87b3-5e694fd726f5", "3d2f05af-7120-10dd-10fa-57df4236afe1",
            "2221f0c1-447d-8606-7632-e53b62b438ca", "0b48081d-e5b0-93b7-bd7c-2119948c70a3",
            "212cb57b-8270-fd5b-f74d-45c425337714", "97c4727d-005b-4ed5-8d77-45715376f634",
        ),
    ),
    q(
        "description",
        "Support for someone with sight loss.",
        {"q": "partially sighted"},
        best=(
            "25af426e-08f0-4daa-472c-062214e4f3ef", "b2046bf2-a3eb-0cff-6051-d061e536c4fa",
        ),
        partly=(
            "5f3a632e-328a-be87-0934-9a98bdf51420", "e1738760-5d3f-5bff-c6e8-fe74b9ca4ae5",
        ),
    ),
    q(
        "description",
        "Help paying for school uniform.",
        {"q": "school uniform grant"},
        best=(
            "c3edcd1f-74e9-9a66-319d-cfd4b1dcfb46",
        ),
    ),
    q(
        "description",
        "A free cot, pram, baby clothes or other baby equipment.",
        {"q": "baby equipment"},
        best=(
            "427cb9fe-f6bb-8f2c-3819-72c39d3c7399",
        ),
    ),
    q(
        "description",
        "Support for a young person leaving care: a home, independence.",
        {"q": "care leavers"},
        best=(
            "ec0b6b44-de65-e8cd-8575-5618c6f87da4",
        ),
        partly=(
            "5b8728ea-0da7-a23e-7293-a872024ffbee",
        ),
    ),
    q(
        "description",
        "Help for a child with dyslexia.",
        {"q": "dyslexia"},
        best=(
            "e494c7c5-b592-2ce5-8279-bb7fb59b4525",
        ),
        partly=(
            "74733cbc-0e7a-29fa-09dd-37387192991a",
        ),
    ),
    q(
        "description",
        "Support for a child moving up to secondary school.",
        {"q": "transition to secondary school"},
        best=(
            "66d2396e-8d62-f408-8049-eed674435473",
        ),
        partly=(
            "ffdb4a7b-d2c9-44a0-92d1-8339cee277b3", "560b1868-378a-7b5b-686d-2bb29c9685c0",
        ),
    ),
    q(
        "description",
        "A hydrotherapy pool for someone with complex disabilities.",
        {"q": "hydrotherapy pool"},
        best=(
            "4b90b4f1-a44e-406a-ee9d-d66201f71166",
        ),
    ),
    # -- place -------------------------------------------------------------------------------------
    q(
        "place",
        "Sport a wheelchair user can play, in or near Scunthorpe.",
        {"q": "wheelchair sports near scunthorpe"},
        best=(
            "a8fd02c8-82ca-7cd8-d2e7-53a116a054a8",
        ),
        partly=(
            "538ccff3-7bbc-3793-2c92-8144a14db6cd", "d461f7bb-5185-cbbe-2db8-9bf061690a6a",
            "eb4d6638-0d0b-0f61-6949-6c95d16867b7", "f5e9dc9a-1e54-02e9-680f-f6545aa48b7b",
            "0232f402-a3cd-67f9-2306-2dddd197d458", "6a41c14b-aef3-7385-1aae-c7da15b8f128",
            "02ece64f-dcfd-202c-9552-9d7cc5a4c5ca", "788a940b-7788-ea4a-d7fe-55d91fa7fe2e",
        ),
    ),
    q(
        "place",
        "A baby and toddler group in Brigg.",
        {"q": "toddler group brigg"},
        best=(
            "df9b586e-d0e3-372e-bbe4-0ec64938ebe7",
        ),
        partly=(
            "7ae624be-441f-d7e7-b337-da6949897ffc", "61973a98-fbe5-8d80-cd9d-058f503ebff3",
        ),
    ),
    q(
        "place",
        "A youth club in Barton-upon-Humber.",
        {"q": "youth club barton"},
        best=(
            "5f5311e3-4664-0bd3-1528-ce4054af68f2",
        ),
    ),
    q(
        "place",
        "A breastfeeding group in Crowle.",
        {"q": "breastfeeding group crowle"},
        best=(
            "e4e96e90-1638-cd81-2c06-b1e5072946a3",
        ),
        partly=(
            "d8b44d88-1f71-778b-49ac-ff9c1ce00462",
        ),
    ),
    q(
        "place",
        "Football for children in Bottesford.",
        {"q": "football for kids in bottesford"},
        best=(
            "020290ba-417f-6668-dc32-bd1d88ed5298", "c763b0e0-73e7-acdf-99ed-df9e956b7a27",
        ),
        partly=(
            "5dd5f53a-5d66-ac6a-c127-9687b2c95b12", "e89463e3-6262-8687-feb1-26c8ed96c726",
            "02ece64f-dcfd-202c-9552-9d7cc5a4c5ca", "2f31c82e-8728-a606-55fe-6ef1a55a3fa5",
        ),
    ),
    q(
        "place",
        "Activities for children in Kirton in Lindsey.",
        {"q": "things for kids to do in kirton in lindsey"},
        best=(
            "9a818aa4-c452-abdc-3a60-e8ce82a26884", "7429bbdf-9865-e7c7-2898-9685d6bad0bc",
            "82d0a782-58a8-45b0-94f6-438279222da6", "9f3918cd-4d8f-d4b4-1bed-d69642553b20",
            "9b777345-c4c2-3a11-1464-9b21741dbe71", "9bf14baf-fc14-f4ad-840c-401159080e4f",
            "ac655224-94e7-73e1-6f6a-90e3a81eba8a", "e47f4ccd-da21-ae0d-3b59-974e86f516b5",
            "6bda2468-8181-d0b5-ec42-cd1f2b5bb4a6",
        ),
        partly=(
            "e0c04fed-1573-b5a7-5434-e89b0298698e", "3d9ebf8f-e17a-ba95-cb1b-4431bf1b714f",
            "90f2aac7-1cd2-14fe-3fa1-b16c6529eea9", "94a3bbe9-6986-00c6-2600-2c7228a66d2c",
        ),
    ),
    q(
        "place",
        "Baby massage in Epworth.",
        {"q": "baby massage epworth"},
        best=(
            "cc5b86bc-dfff-9e64-6853-6191415e43b4", "77eaff63-69b8-b999-e2ac-9f6477a4a65e",
        ),
        partly=(
            "8be6ebd8-0255-caf1-b502-e3c8832d3dc8",
        ),
    ),
    q(
        "place",
        "Dance classes for children in Epworth.",
        {"q": "dance classes epworth"},
        best=(
            "5c6321ef-c8c9-a3ac-b269-e6cb4396464f", "721147be-5144-c6a4-19cf-c152e888f418",
            "0b0565e0-28f1-9735-634e-666973fea61b",
        ),
    ),
    q(
        "place",
        "A stay and play group in Messingham.",
        {"q": "stay and play messingham"},
        best=(
            "1922028d-bd4e-4e1d-3424-6ceacac74fa4",
        ),
    ),
    q(
        "place",
        "A support group for carers in Ashby.",
        {"q": "carers support group ashby"},
        best=(
            "3d5ab131-afc0-a965-0bac-001896abdc55",
        ),
        partly=(
            "eb1fb363-95d5-eea0-33a1-f3fa07bb2350", "6c1236bb-484c-5389-156d-8ec0ed657fda",
            "11759a72-fbad-35e3-b8a4-06fd1f669cd4", "5e93a4d5-f1b5-1131-a1a5-9798d0b7bf5f",
        ),
    ),
    q(
        "place",
        "A swimming pool in Barton-upon-Humber.",
        {"q": "swimming pool barton upon humber"},
        best=(
            "509905bb-65da-3317-e98d-96560444eef2",
        ),
    ),
    # -- age ---------------------------------------------------------------------------------------
    q(
        "age",
        "Childcare (a nursery) for a baby of six weeks.",
        {"q": "nursery for a 6 week old baby"},
        best=(
            "401d4786-c7bc-871a-de3b-9716da9e4923",
        ),
    ),
    q(
        "age",
        "Things to do with a toddler of 18 months.",
        {"q": "activities for my 18 month old"},
        best=(
            "df9b586e-d0e3-372e-bbe4-0ec64938ebe7", "bfe98e7d-b116-b2ca-82ec-e2f37a4f7bbf",
            "c7812417-d688-0fad-b8c4-ea022ecc74af", "1eb30727-0131-c6ba-6505-6bc69fb682a5",
            "0289f6d9-930b-04b9-3bce-2bead44e3747", "811c3d66-40a2-4974-7d3b-fcf8a060dffe",
            "58f003d1-8ca3-d780-e2fb-81e16e38ad7e", "7429bbdf-9865-e7c7-2898-9685d6bad0bc",
            "7ae624be-441f-d7e7-b337-da6949897ffc", "9bf14baf-fc14-f4ad-840c-401159080e4f",
            "51d99611-6773-658a-e268-98852ef5d8c6", "721147be-5144-c6a4-19cf-c152e888f418",
            "eb8f385f-a3a3-6679-80bb-e671cc1f7883", "33fdcc51-296b-ed43-3ec3-ec86980cb713",
            "80987425-6cb1-d36f-d4c0-c4bef7328a38", "ea7815b9-d954-e8b8-9530-d6b49ee96374",
            "da74e6f0-81a2-7170-b4f1-3b24e1967533", "46c49436-6411-1dc0-c69f-4887c815d030",
            "b10c6db6-c1c2-62a7-038e-83088040bc05", "9ef365d0-72e3-60b3-d7cc-37ab3ba21239",
            "1922028d-bd4e-4e1d-3424-6ceacac74fa4", "f2306ff9-4ffe-92ca-1b20-fc45beb4d6cc",
            "8e67c423-39f5-bd22-3076-d3aa2020b359", "fdf8c20b-287d-360d-599b-e12367326b67",
        ),
        partly=(
            "bc607971-b33d-36dc-25fa-3bdd3fe33f8e", "0792bd1f-acac-a241-6136-6f1cb88a59f0",
            "6037056a-8b8a-5eab-0b99-e7bd3979013d", "38c22b1f-cc75-03c0-1010-905e14818c6a",
            "2de57f46-a344-2b28-7142-bdb71d0806ad", "60e395cc-19d9-8c13-614e-d2719663eec5",
            "61973a98-fbe5-8d80-cd9d-058f503ebff3", "c6d727c6-29fb-76e4-8930-3e457bb8cd2d",
        ),
    ),
    q(
        "age",
        "Baby massage for a baby of 8 weeks.",
        {"q": "baby massage for my 8 week old"},
        best=(
            "cc5b86bc-dfff-9e64-6853-6191415e43b4", "8be6ebd8-0255-caf1-b502-e3c8832d3dc8",
        ),
        partly=(
            "c8d06bc1-3730-b665-f323-90f0d4f360b1", "77eaff63-69b8-b999-e2ac-9f6477a4a65e",
        ),
    ),
    q(
        "age",
        "A baby sensory class for a baby of 4 months.",
        {"q": "sensory class for my 4 month old baby"},
        best=(
            "c8d06bc1-3730-b665-f323-90f0d4f360b1", "27e2ee6a-ee36-f2d6-335e-e64189d61c78",
            "848c4f43-a4f4-71e6-5a88-3924fd7ed4d2", "6037056a-8b8a-5eab-0b99-e7bd3979013d",
        ),
        partly=(
            "9924cbfb-1660-0ae5-a0da-53988bf29d6d", "bfe98e7d-b116-b2ca-82ec-e2f37a4f7bbf",
            "ea7815b9-d954-e8b8-9530-d6b49ee96374",
        ),
    ),
    q(
        "age",
        "A dance class for a 3 year old.",
        {"q": "dance class for my 3 year old"},
        best=(
            "ac655224-94e7-73e1-6f6a-90e3a81eba8a", "721147be-5144-c6a4-19cf-c152e888f418",
            "b10c6db6-c1c2-62a7-038e-83088040bc05", "6bda2468-8181-d0b5-ec42-cd1f2b5bb4a6",
        ),
        partly=(
            "315546a0-84a3-ada4-552d-7734594fb7ed",
        ),
    ),
    q(
        "age",
        "A martial arts class for a 5 year old.",
        {"q": "martial arts for a 5 year old"},
        best=(
            "d293b697-097f-836d-095e-b81311f60b36", "3060537e-9d41-2ccd-31da-94680da38e83",
            "2bbcfb41-5b43-3032-fef3-acdc9f79c6de",
        ),
        partly=(
            "bee9ae17-590c-aee4-b593-87bd08190223",
        ),
    ),
    q(
        "age",
        "A youth club a 12 year old can go to.",
        {"q": "youth club for my 12 year old"},
        best=(
            "01418188-241f-49be-15ea-c4eb790b699f", "c76f6f3f-378e-0fb3-7dd7-a9785525bf0f",
            "9b777345-c4c2-3a11-1464-9b21741dbe71", "c17482d3-1748-f9d7-b766-7f35e8488969",
            "5f5311e3-4664-0bd3-1528-ce4054af68f2", "2db2dbac-568d-e600-d0b3-951c1cbd9530",
        ),
        partly=(
            "44417e62-bd35-a8ef-9138-5d4283430e9d", "5efa0d3a-4753-2e88-e22b-a448a17c20d3",
            "252a145f-f049-ef1d-22b3-addcbee8ce1d",
        ),
    ),
    q(
        "age",
        "Football for a 6 year old.",
        {"q": "football for my 6 year old"},
        best=(
            "020290ba-417f-6668-dc32-bd1d88ed5298", "9f3918cd-4d8f-d4b4-1bed-d69642553b20",
        ),
    ),
    q(
        "age",
        "A baby group for a baby of 9 months.",
        {"q": "baby group for my 9 month old"},
        best=(
            "df9b586e-d0e3-372e-bbe4-0ec64938ebe7", "27e2ee6a-ee36-f2d6-335e-e64189d61c78",
            "848c4f43-a4f4-71e6-5a88-3924fd7ed4d2", "c7812417-d688-0fad-b8c4-ea022ecc74af",
            "58f003d1-8ca3-d780-e2fb-81e16e38ad7e", "7429bbdf-9865-e7c7-2898-9685d6bad0bc",
            "7ae624be-441f-d7e7-b337-da6949897ffc", "51d99611-6773-658a-e268-98852ef5d8c6",
            "6037056a-8b8a-5eab-0b99-e7bd3979013d", "38c22b1f-cc75-03c0-1010-905e14818c6a",
            "2de57f46-a344-2b28-7142-bdb71d0806ad", "80987425-6cb1-d36f-d4c0-c4bef7328a38",
            "ea7815b9-d954-e8b8-9530-d6b49ee96374", "9ef365d0-72e3-60b3-d7cc-37ab3ba21239",
            "1922028d-bd4e-4e1d-3424-6ceacac74fa4", "f2306ff9-4ffe-92ca-1b20-fc45beb4d6cc",
        ),
        partly=(
            "9924cbfb-1660-0ae5-a0da-53988bf29d6d", "bfe98e7d-b116-b2ca-82ec-e2f37a4f7bbf",
            "811c3d66-40a2-4974-7d3b-fcf8a060dffe", "da74e6f0-81a2-7170-b4f1-3b24e1967533",
            "46c49436-6411-1dc0-c69f-4887c815d030",
        ),
    ),
    # -- conversation ------------------------------------------------------------------------------
    q(
        "conversation",
        "An 11 year old anxious about moving up to secondary school.",
        {"q": "help my child with anxiety about starting year 7"},
        best=(
            "0c2e1147-2574-38b1-5a19-09466880a2ed", "560b1868-378a-7b5b-686d-2bb29c9685c0",
        ),
        partly=(
            "66d2396e-8d62-f408-8049-eed674435473", "f1c9802d-b0b7-5942-aee4-cf6adaafd484",
            "fb323dd7-4b1b-775c-87b3-5e694fd726f5", "21b6462f-0e71-5746-8a5e-e743c8103db3",
            "ffdb4a7b-d2c9-44a0-92d1-8339cee277b3", "97c4727d-005b-4ed5-8d77-45715376f634",
        ),
    ),
    q(
        "conversation",
        "A break from caring for an autistic son.",
        {"q": "respite for my autistic son"},
        best=(
            "fe4c04ea-3d5f-cfc1-f916-a8fec62c785c",
        ),
        partly=(
            "f3f8adb4-9011-a52e-d356-5a486f92032b",
        ),
    ),
    q(
        "conversation",
        "A group where an autistic 10 year old girl can make friends.",
        {
            "q": (
                "my 10 year old daughter is autistic and finds it hard to make friends, is there "
                "a group she could join"
            ),
        },
        best=(
            "5f3a632e-328a-be87-0934-9a98bdf51420", "788a940b-7788-ea4a-d7fe-55d91fa7fe2e",
        ),
        partly=(
            "c76f6f3f-378e-0fb3-7dd7-a9785525bf0f", "9b777345-c4c2-3a11-1464-9b21741dbe71",
            "fe4c04ea-3d5f-cfc1-f916-a8fec62c785c",
        ),
    ),
    q(
        "conversation",
        "How to ask for an EHC needs assessment.",
        {"q": "how do i get an ehcp assessment for my son who is struggling at school"},
        best=(
            "05a14f94-7b7f-21d3-402a-0d11529a00ba", "f03e3e90-bee5-eccc-3075-3a0692b7af49",
        ),
        partly=(
            "2e6ccb21-0e60-b8cf-581e-c9d95d493963", "da4d1468-7ef3-8c5f-2eff-ab1388815b11",
        ),
    ),
    q(
        "conversation",
        "A 2 year old with delayed speech.",
        {"q": "my 2 year old isnt talking yet who can help"},
        best=(
            "5def50c8-5989-0044-3b02-c1f4bc33f6dc", "ec3320dd-c5bc-59db-5242-226c39ba33cd",
            "ffdb4a7b-d2c9-44a0-92d1-8339cee277b3",
        ),
        partly=(
            "0289f6d9-930b-04b9-3bce-2bead44e3747", "811c3d66-40a2-4974-7d3b-fcf8a060dffe",
            "60e395cc-19d9-8c13-614e-d2719663eec5",
        ),
    ),
    q(
        "conversation",
        "Support for a parent carer of a disabled son.",
        {"q": "i care for my disabled son full time and need some support for myself"},
        best=(
            "f3f8adb4-9011-a52e-d356-5a486f92032b", "ad3e692e-0537-03db-1d4c-c692ef05c222",
            "3ad7840b-ac97-37f5-c8f1-c01b1797788e",
        ),
        partly=(
            "3d5ab131-afc0-a965-0bac-001896abdc55", "aa8a73a8-175f-5313-0229-81bc9b2acdad",
            "eb1fb363-95d5-eea0-33a1-f3fa07bb2350", "e605e28d-fad0-ebd9-515d-6f8a0d8af1b3",
            "6c1236bb-484c-5389-156d-8ec0ed657fda", "51492cb2-f14a-a495-c11d-72b0c15a3511",
            "ff78479b-8f22-21f6-67a1-6147ccf66c21", "46acd9fb-d0a7-86d9-44e2-d017696b80a4",
            "08cdad76-0551-605c-3c4e-e5bc7cc2d4a9", "202abccf-13bc-832b-6d5a-7644b4b59e78",
            "d714d425-52ce-4c82-78ff-b066e9513d45", "da4d1468-7ef3-8c5f-2eff-ab1388815b11",
            "fe4c04ea-3d5f-cfc1-f916-a8fec62c785c", "0c156185-fb27-d4b9-c719-5251e7cfe599",
        ),
    ),
    q(
        "conversation",
        "A teenager who is self-harming; the parent wants help.",
        {"q": "my teenager is self harming and wont talk to me"},
        best=(
            "82fb98af-dd04-16b5-642a-bb8b4889a21a",
        ),
        partly=(
            "f1c9802d-b0b7-5942-aee4-cf6adaafd484", "fb323dd7-4b1b-775c-87b3-5e694fd726f5",
            "3d2f05af-7120-10dd-10fa-57df4236afe1", "2221f0c1-447d-8606-7632-e53b62b438ca",
            "0b48081d-e5b0-93b7-bd7c-2119948c70a3", "0c2e1147-2574-38b1-5a19-09466880a2ed",
            "212cb57b-8270-fd5b-f74d-45c425337714", "560b1868-378a-7b5b-686d-2bb29c9685c0",
            "97c4727d-005b-4ed5-8d77-45715376f634",
        ),
    ),
    q(
        "conversation",
        "Food for a family that has run out of money.",
        {"q": "we cant afford food until payday where can we get help"},
        best=(
            "c3d01d84-3c44-c1e0-2dd3-ed4445bba060", "eeaa89c5-3c75-7d89-42a9-0c2002b251e3",
            "036c4890-86c7-28d7-5a1a-3a1e61ecb9a0", "80a985e9-5e65-39ac-2cd9-f3936f1089e6",
        ),
        partly=(
            "563be9cf-eb9f-2753-d53b-135c525c0878", "eef5da9d-febd-3b87-a21c-3ca157f36f7a",
            "7461ad96-68a5-5ec9-8382-4c40648b9d48", "a7aa1608-29f9-c75e-89bd-e67e04e87d84",
            "72184a12-c279-c714-30bf-e657f047e437", "fd6a6176-290c-3cb0-2247-33275291c163",
            "eecdae1c-c248-f9c0-99fd-0676211a59e3",
        ),
    ),
    q(
        "conversation",
        "Sport for a boy with cerebral palsy.",
        {"q": "my son has cerebral palsy and wants to play a sport"},
        best=(
            "02ece64f-dcfd-202c-9552-9d7cc5a4c5ca", "788a940b-7788-ea4a-d7fe-55d91fa7fe2e",
            "a8fd02c8-82ca-7cd8-d2e7-53a116a054a8",
        ),
        partly=(
            "1e17b00a-7f91-8bfe-6d79-f1243af7d002", "538ccff3-7bbc-3793-2c92-8144a14db6cd",
            "d461f7bb-5185-cbbe-2db8-9bf061690a6a", "eb4d6638-0d0b-0f61-6949-6c95d16867b7",
            "f5e9dc9a-1e54-02e9-680f-f6545aa48b7b", "0232f402-a3cd-67f9-2306-2dddd197d458",
            "6a41c14b-aef3-7385-1aae-c7da15b8f128", "ba9e2065-5771-5cff-d648-310e15e3b38b",
        ),
    ),
    q(
        "conversation",
        "Parents whose baby was in neonatal intensive care meeting others.",
        {"q": "my baby was in neonatal intensive care and i want to meet other parents"},
        best=(
            "a14d6b47-9dff-9cb3-11a2-a3a1f95a6658",
        ),
    ),
    q(
        "conversation",
        "A first job for a 16 year old with learning difficulties.",
        {"q": "my 16 year old has learning difficulties and wants to get a job"},
        best=(
            "e08b799d-8de8-8b61-0765-caade78d5f79",
        ),
        partly=(
            "0eaeb956-91a4-8433-c0cf-9a07a9d076a6", "5b8728ea-0da7-a23e-7293-a872024ffbee",
        ),
    ),
    q(
        "conversation",
        "A boy who is bullied at school and low in mood.",
        {"q": "my son is being bullied at school and is really low"},
        best=(
            "fb323dd7-4b1b-775c-87b3-5e694fd726f5", "560b1868-378a-7b5b-686d-2bb29c9685c0",
        ),
        partly=(
            "f1c9802d-b0b7-5942-aee4-cf6adaafd484", "21b6462f-0e71-5746-8a5e-e743c8103db3",
            "0c2e1147-2574-38b1-5a19-09466880a2ed", "97c4727d-005b-4ed5-8d77-45715376f634",
        ),
    ),
    # -- misspelling -------------------------------------------------------------------------------
    q(
        "misspelling",
        "Autism, misspelt.",
        {"q": "autisum"},
        best=(
            "1db08aab-e32a-54cf-1063-da428f82db23", "abee5419-53a8-3189-534c-10bfe55ffbdf",
            "86bf8614-d661-12ca-a7b7-3168dd8d8d60", "0abb9bac-5c4b-0a29-1414-bc0347c20a32",
        ),
        partly=(
            "40d652f2-ceac-bce2-1390-0debcdc4a7a1", "a307721b-a1a7-1d98-4c69-1dd62c728d84",
            "1e17b00a-7f91-8bfe-6d79-f1243af7d002", "15512c5a-d8b2-f938-f797-1758a7a2bfd8",
            "a2556a28-2db9-dbd3-c15a-00d9e17bb53d", "bf7d570e-336c-7ded-bd53-2d7e9ae1d913",
            "09ed9efc-6e7b-7720-f9bc-68ff514fe373", "ba9e2065-5771-5cff-d648-310e15e3b38b",
            "5f3a632e-328a-be87-0934-9a98bdf51420", "da4d1468-7ef3-8c5f-2eff-ab1388815b11",
        ),
    ),
    q(
        "misspelling",
        "Speech therapy, misspelt.",
        {"q": "speach therapy"},
        best=(
            "5def50c8-5989-0044-3b02-c1f4bc33f6dc",
        ),
        partly=(
            "2c399dd9-04e7-164d-b34c-e7150c055e03",
        ),
    ),
    q(
        "misspelling",
        "Breastfeeding support, misspelt.",
        {"q": "breast feading support"},
        best=(
            "fd596731-0bc1-6e3e-cd17-a524a52a80d6", "0db8eee8-8e08-87ed-8910-7237071be042",
            "432cd188-f13b-2034-1c82-77bb9ec1eb86", "e4e96e90-1638-cd81-2c06-b1e5072946a3",
            "cf88690a-ef2e-7da8-346c-93bd2aab3f53", "98c4595e-5992-d4b2-e6d2-332a95069ef2",
        ),
        partly=(
            "e64adc70-029c-f9a9-79bb-97e29c45b1d2", "c31c4f8c-ceb3-fc07-54c7-398636763b18",
            "b7e18f00-a76d-745f-c2a5-f9fbb5871354", "a4ce1a2c-c9fc-b1eb-882f-c13c942eb99a",
            "e3a091a6-2c04-bac9-ba40-2cb60b58995f", "178a3c65-1485-8063-f9e7-553504251e4b",
            "caf5f44e-4c1c-09fa-0bd0-979b60ec5dfa", "d8b44d88-1f71-778b-49ac-ff9c1ce00462",
            "ffdb4a7b-d2c9-44a0-92d1-8339cee277b3",
        ),
    ),
    q(
        "misspelling",
        "Counselling for a teenager, misspelt.",
        {"q": "councelling for teenagers"},
        best=(
            "f1c9802d-b0b7-5942-aee4-cf6adaafd484", "21b6462f-0e71-5746-8a5e-e743c8103db3",
            "0c2e1147-2574-38b1-5a19-09466880a2ed",
        ),
        partly=(
            "19ad0634-0382-85db-e7e5-a96eb0c7a2b2", "fb323dd7-4b1b-775c-87b3-5e694fd726f5",
            "d9481c19-0f64-a108-16b0-f8f15ba9d2b3", "2561ef26-205d-c8fa-2ad0-d4ef38d97bce",
            "a1ee6761-d6d8-ef24-5f8b-5641ee65f612", "560b1868-378a-7b5b-686d-2bb29c9685c0",
            "97c4727d-005b-4ed5-8d77-45715376f634",
        ),
    ),
    q(
        "misspelling",
        "Toddler groups, misspelt.",
        {"q": "todler groups"},
        best=(
            "df9b586e-d0e3-372e-bbe4-0ec64938ebe7", "c7812417-d688-0fad-b8c4-ea022ecc74af",
            "1eb30727-0131-c6ba-6505-6bc69fb682a5", "58f003d1-8ca3-d780-e2fb-81e16e38ad7e",
            "7429bbdf-9865-e7c7-2898-9685d6bad0bc", "20d56714-3706-2b4c-8bcc-a6875abeb046",
            "da74e6f0-81a2-7170-b4f1-3b24e1967533", "46c49436-6411-1dc0-c69f-4887c815d030",
            "9ef365d0-72e3-60b3-d7cc-37ab3ba21239", "1922028d-bd4e-4e1d-3424-6ceacac74fa4",
            "f2306ff9-4ffe-92ca-1b20-fc45beb4d6cc", "8e67c423-39f5-bd22-3076-d3aa2020b359",
        ),
        partly=(
            "bfe98e7d-b116-b2ca-82ec-e2f37a4f7bbf", "0289f6d9-930b-04b9-3bce-2bead44e3747",
            "811c3d66-40a2-4974-7d3b-fcf8a060dffe",
        ),
    ),
    q(
        "misspelling",
        "Wheelchair basketball, misspelt.",
        {"q": "wheelchare basketball"},
        best=(
            "a8fd02c8-82ca-7cd8-d2e7-53a116a054a8",
        ),
        partly=(
            "0232f402-a3cd-67f9-2306-2dddd197d458",
        ),
    ),
    q(
        "misspelling",
        "Football for disabled players, misspelt.",
        {"q": "disabilty football"},
        best=(
            "1e17b00a-7f91-8bfe-6d79-f1243af7d002", "6a41c14b-aef3-7385-1aae-c7da15b8f128",
            "5dd5f53a-5d66-ac6a-c127-9687b2c95b12", "02ece64f-dcfd-202c-9552-9d7cc5a4c5ca",
        ),
        partly=(
            "2f31c82e-8728-a606-55fe-6ef1a55a3fa5", "788a940b-7788-ea4a-d7fe-55d91fa7fe2e",
        ),
    ),
    # -- filter ------------------------------------------------------------------------------------
    q(
        "filter",
        "Football, age filter 9.",
        {"q": "football", "age": "9"},
        best=(
            "c763b0e0-73e7-acdf-99ed-df9e956b7a27", "e89463e3-6262-8687-feb1-26c8ed96c726",
            "9f3918cd-4d8f-d4b4-1bed-d69642553b20", "2f31c82e-8728-a606-55fe-6ef1a55a3fa5",
        ),
        partly=(
            "020290ba-417f-6668-dc32-bd1d88ed5298", "788a940b-7788-ea4a-d7fe-55d91fa7fe2e",
        ),
    ),
    q(
        "filter",
        "Dance, age filter 4.",
        {"q": "dance", "age": "4"},
        best=(
            "9a818aa4-c452-abdc-3a60-e8ce82a26884", "b10c6db6-c1c2-62a7-038e-83088040bc05",
            "6bda2468-8181-d0b5-ec42-cd1f2b5bb4a6",
        ),
        partly=(
            "5c6321ef-c8c9-a3ac-b269-e6cb4396464f", "315546a0-84a3-ada4-552d-7734594fb7ed",
        ),
    ),
    q(
        "filter",
        "Youth club, age filter 14.",
        {"q": "youth club", "age": "14"},
        best=(
            "01418188-241f-49be-15ea-c4eb790b699f", "c76f6f3f-378e-0fb3-7dd7-a9785525bf0f",
            "9b777345-c4c2-3a11-1464-9b21741dbe71", "c17482d3-1748-f9d7-b766-7f35e8488969",
            "5f5311e3-4664-0bd3-1528-ce4054af68f2", "2db2dbac-568d-e600-d0b3-951c1cbd9530",
        ),
        partly=(
            "44417e62-bd35-a8ef-9138-5d4283430e9d", "5efa0d3a-4753-2e88-e22b-a448a17c20d3",
            "252a145f-f049-ef1d-22b3-addcbee8ce1d",
        ),
    ),
    q(
        "filter",
        "Stay and play, cost filter free.",
        {"q": "stay and play", "cost": "free"},
        best=(
            "811c3d66-40a2-4974-7d3b-fcf8a060dffe", "9ef365d0-72e3-60b3-d7cc-37ab3ba21239",
            "f2306ff9-4ffe-92ca-1b20-fc45beb4d6cc",
        ),
        partly=(
            "9924cbfb-1660-0ae5-a0da-53988bf29d6d", "80987425-6cb1-d36f-d4c0-c4bef7328a38",
        ),
    ),
    q(
        "filter",
        "The autism need filter and no words.",
        {"need": "ASD"},
        best=(
            "1db08aab-e32a-54cf-1063-da428f82db23", "abee5419-53a8-3189-534c-10bfe55ffbdf",
            "86bf8614-d661-12ca-a7b7-3168dd8d8d60", "0abb9bac-5c4b-0a29-1414-bc0347c20a32",
        ),
        partly=(
            "40d652f2-ceac-bce2-1390-0debcdc4a7a1", "a307721b-a1a7-1d98-4c69-1dd62c728d84",
            "1e17b00a-7f91-8bfe-6d79-f1243af7d002", "15512c5a-d8b2-f938-f797-1758a7a2bfd8",
            "a2556a28-2db9-dbd3-c15a-00d9e17bb53d", "bf7d570e-336c-7ded-bd53-2d7e9ae1d913",
            "09ed9efc-6e7b-7720-f9bc-68ff514fe373", "ba9e2065-5771-5cff-d648-310e15e3b38b",
            "5f3a632e-328a-be87-0934-9a98bdf51420", "da4d1468-7ef3-8c5f-2eff-ab1388815b11",
        ),
    ),
    q(
        "filter",
        "Sport, physical disability need filter.",
        {"q": "sport", "need": "PD"},
        best=(
            "538ccff3-7bbc-3793-2c92-8144a14db6cd", "d461f7bb-5185-cbbe-2db8-9bf061690a6a",
            "eb4d6638-0d0b-0f61-6949-6c95d16867b7", "f5e9dc9a-1e54-02e9-680f-f6545aa48b7b",
            "0232f402-a3cd-67f9-2306-2dddd197d458", "6a41c14b-aef3-7385-1aae-c7da15b8f128",
            "02ece64f-dcfd-202c-9552-9d7cc5a4c5ca", "788a940b-7788-ea4a-d7fe-55d91fa7fe2e",
            "a8fd02c8-82ca-7cd8-d2e7-53a116a054a8",
        ),
        partly=(
            "1e17b00a-7f91-8bfe-6d79-f1243af7d002", "5dd5f53a-5d66-ac6a-c127-9687b2c95b12",
            "ba9e2065-5771-5cff-d648-310e15e3b38b",
        ),
    ),
)
