package nl.bewonersplein.members;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Initiatives made by tests, with names that no demo initiative has. */
final class MemberFixtures {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private MemberFixtures() {
	}

	static String unique(String name) {
		return name + " " + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
	}

	static MemberInitiative.Profile profile(String name, String town, InitiativeKind kind) {
		return new MemberInitiative.Profile(name, kind, null, town, "Een initiatief van een test in " + town + ".",
				"Een **beschrijving** met een [link](https://example.org).", null, "", "post@test-initiatief.example",
				2020, null, null, Set.of(), Set.of(3, 11));
	}

	/** An editor's edit that gives the initiative another name and leaves the rest. */
	static MemberInitiative rename(MemberProfiles profiles, long id, String name) {
		MemberInitiative initiative = profiles.get(id);
		MemberInitiative.Profile profile = initiative.profile();
		return profiles.update(id, initiative.getVersion(),
				new MemberInitiative.Profile(name, profile.kind(), profile.region(), profile.town(), profile.summary(),
						profile.description(), profile.website(), profile.socialLinks(), profile.contactEmail(),
						profile.foundedYear(), profile.latitude(), profile.longitude(), profile.themeIds(),
						profile.goals()),
				initiative.image());
	}

	static MemberInitiative published(MemberProfiles profiles, String name, String town) {
		return profiles.create(profile(name, town, InitiativeKind.RESIDENTS_GROUP), MemberInitiative.Status.PUBLISHED);
	}

}
