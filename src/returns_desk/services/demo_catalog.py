"""Word lists and weights for believable demo data: products by category, regions, reasons and comments."""

from __future__ import annotations

from returns_desk.domain.vocab import ReasonCode as R

# category -> (nouns, price range in cents, warranty days, serialized, share of catalogue, return propensity)
CATEGORIES: dict[str, tuple[tuple[str, ...], tuple[int, int], int, bool, float, float]] = {
    "apparel": (
        ("T-Shirt", "Hoodie", "Jeans", "Dress", "Jacket", "Chinos", "Blouse", "Sweater"),
        (1_500, 12_000),
        0,
        False,
        0.30,
        1.6,
    ),
    "shoes": (("Sneaker", "Boot", "Sandal", "Loafer", "Trail Runner"), (4_000, 18_000), 0, False, 0.12, 1.5),
    "electronics": (
        ("Headphones", "Smart Speaker", "Tablet", "Fitness Tracker", "Webcam", "E-Reader", "Drone"),
        (2_500, 60_000),
        365,
        True,
        0.16,
        0.9,
    ),
    "home": (
        ("Lamp", "Throw Blanket", "Cookware Set", "Coffee Maker", "Vacuum", "Air Purifier"),
        (2_000, 35_000),
        180,
        False,
        0.18,
        0.7,
    ),
    "beauty": (("Serum", "Hair Dryer", "Palette", "Trimmer"), (1_200, 15_000), 90, False, 0.08, 0.5),
    "toys": (("Building Set", "Puzzle", "Plush", "RC Car"), (1_000, 9_000), 90, False, 0.08, 0.6),
    "sports": (("Yoga Mat", "Dumbbell Set", "Bike Helmet", "Tent"), (2_000, 30_000), 365, False, 0.08, 0.8),
}

ADJECTIVES = (
    "Classic",
    "Urban",
    "Alpine",
    "Coastal",
    "Nordic",
    "Studio",
    "Everyday",
    "Pro",
    "Lite",
    "Heritage",
    "Summit",
    "Metro",
    "Solar",
    "Harbor",
    "Canyon",
    "Aurora",
)
COLORS = ("Black", "White", "Navy", "Olive", "Sand", "Red", "Grey", "Teal")

REASONS_BY_CATEGORY: dict[str, tuple[tuple[R, int], ...]] = {
    "apparel": (
        (R.SIZE_TOO_SMALL, 26),
        (R.SIZE_TOO_LARGE, 22),
        (R.STYLE, 12),
        (R.COLOR, 9),
        (R.UNWANTED, 10),
        (R.NOT_AS_DESCRIBED, 8),
        (R.DEFECTIVE, 4),
        (R.WRONG_ITEM, 3),
        (R.DAMAGED_IN_TRANSIT, 2),
        (R.OTHER, 4),
    ),
    "shoes": (
        (R.SIZE_TOO_SMALL, 28),
        (R.SIZE_TOO_LARGE, 20),
        (R.STYLE, 12),
        (R.UNWANTED, 12),
        (R.DEFECTIVE, 8),
        (R.NOT_AS_DESCRIBED, 8),
        (R.WRONG_ITEM, 4),
        (R.DAMAGED_IN_TRANSIT, 3),
        (R.OTHER, 5),
    ),
    "electronics": (
        (R.DEFECTIVE, 32),
        (R.NOT_AS_DESCRIBED, 16),
        (R.UNWANTED, 20),
        (R.DAMAGED_IN_TRANSIT, 9),
        (R.WRONG_ITEM, 6),
        (R.OTHER, 10),
        (R.UNKNOWN, 7),
    ),
}
DEFAULT_REASONS: tuple[tuple[R, int], ...] = (
    (R.UNWANTED, 26),
    (R.DEFECTIVE, 18),
    (R.NOT_AS_DESCRIBED, 16),
    (R.DAMAGED_IN_TRANSIT, 10),
    (R.COLOR, 6),
    (R.STYLE, 8),
    (R.WRONG_ITEM, 6),
    (R.OTHER, 6),
    (R.UNKNOWN, 4),
)

COMMENTS: dict[R, tuple[str, ...]] = {
    R.SIZE_TOO_SMALL: (
        "Runs small, need one size up.",
        "Too tight across the shoulders.",
        "Fits half a size small.",
    ),
    R.SIZE_TOO_LARGE: (
        "Way too big, sizing chart is off.",
        "Too long in the sleeves.",
        "Loose around the waist.",
    ),
    R.STYLE: ("Not my style after all.", "Looked different on the model."),
    R.COLOR: ("Colour is much darker than the photos.", "The red is more orange in person."),
    R.UNWANTED: ("Changed my mind.", "Bought two, keeping one.", "Gift the person did not need.", ""),
    R.DEFECTIVE: (
        "Stopped working after two days.",
        "Will not turn on.",
        "Zipper broke on first use.",
        "Battery does not hold a charge.",
        "Left earbud has no sound.",
    ),
    R.NOT_AS_DESCRIBED: (
        "Material feels cheap, not as described.",
        "Smaller than the listing said.",
        "Missing the features in the description.",
    ),
    R.WRONG_ITEM: (
        "Received a different model than ordered.",
        "Wrong colour was sent.",
        "This is not what I ordered.",
    ),
    R.DAMAGED_IN_TRANSIT: (
        "Box was crushed on arrival.",
        "Arrived with a cracked screen.",
        "Packaging torn, item scratched.",
    ),
    R.OTHER: ("Arrived too late for the event.", "Found it cheaper elsewhere."),
    R.UNKNOWN: ("",),
}

REGIONS: tuple[tuple[str, int], ...] = (
    ("US-CA", 16),
    ("US-TX", 11),
    ("US-NY", 9),
    ("US-FL", 8),
    ("US-IL", 5),
    ("US-WA", 4),
    ("US-GA", 4),
    ("US-PA", 4),
    ("US-OH", 3),
    ("US-CO", 3),
    ("US-MA", 3),
    ("CA-ON", 4),
    ("CA-BC", 2),
    ("GB", 5),
    ("DE", 5),
    ("FR", 3),
    ("NL", 2),
    ("AU", 2),
    ("IE", 1),
)

FIRST_NAMES = (
    "Ava",
    "Liam",
    "Mia",
    "Noah",
    "Zoe",
    "Ethan",
    "Lena",
    "Omar",
    "Priya",
    "Diego",
    "Hana",
    "Jonas",
    "Chloe",
    "Mateo",
    "Aisha",
    "Lucas",
    "Sofia",
    "Kenji",
    "Nora",
    "Felix",
    "Grace",
    "Ivan",
    "Maya",
    "Theo",
)
LAST_NAMES = (
    "Garcia",
    "Smith",
    "Nguyen",
    "Müller",
    "Johnson",
    "Kowalski",
    "Okafor",
    "Rossi",
    "Chen",
    "Dubois",
    "Patel",
    "Silva",
    "Brown",
    "Schmidt",
    "Kim",
    "Andersson",
    "Lopez",
    "Haddad",
    "Murphy",
    "Tanaka",
)

# Share of requests by status, and the grade mix found at inspection.
STATUS_MIX = (
    ("requested", 5),
    ("approved", 33),
    ("received", 4),
    ("inspected", 13),
    ("closed", 40),
    ("rejected", 3),
    ("cancelled", 2),
)
GRADE_MIX = (("A", 44), ("B", 26), ("C", 14), ("D", 9), ("incorrect_item", 3), ("missing", 2), ("junk", 2))
CARRIER_MIX = (("ups", 45), ("usps", 30), ("fedex", 20), ("dhl", 5))
CHANNEL_MIX = (("web", 68), ("marketplace", 22), ("store", 10))
