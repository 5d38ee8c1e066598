package nl.bewonersplein.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An organisation that funds or partners with the network. Shown in the footer and, per
 * article, in acknowledgement blocks.
 */
@Entity
@Table(name = "supporter")
class Supporter {

	enum Role {

		FUNDER, PARTNER

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String url;

	private String logo;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Role role;

	private int position;

	private boolean inFooter;

	@Version
	private long version;

	protected Supporter() {
	}

	Supporter(String name, String url, Role role, int position) {
		this.name = name;
		this.url = url;
		this.logo = "";
		this.role = role;
		this.position = position;
		this.inFooter = true;
	}

	void edit(String name, String url, String logo, Role role, int position, boolean inFooter) {
		this.name = name;
		this.url = url;
		this.logo = (logo != null) ? logo : "";
		this.role = role;
		this.position = position;
		this.inFooter = inFooter;
	}

	Long getId() {
		return this.id;
	}

	String getLogo() {
		return this.logo;
	}

	int getPosition() {
		return this.position;
	}

	boolean isInFooter() {
		return this.inFooter;
	}

	long getVersion() {
		return this.version;
	}

	String getName() {
		return this.name;
	}

	String getUrl() {
		return this.url;
	}

	Role getRole() {
		return this.role;
	}

}
