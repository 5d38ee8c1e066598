package nl.bewonersplein.toolkit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A chapter (chapter) of a toolkit, at a position among its siblings. */
@Entity
class ToolkitChapter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long toolkitId;

	private String title;

	private String intro;

	private int position;

	protected ToolkitChapter() {
	}

	ToolkitChapter(long toolkitId, String title, String intro, int position) {
		this.toolkitId = toolkitId;
		this.title = title;
		this.intro = intro;
		this.position = position;
	}

	void describe(String title, String intro) {
		this.title = title;
		this.intro = intro;
	}

	Long getId() {
		return this.id;
	}

	long getToolkitId() {
		return this.toolkitId;
	}

	String getTitle() {
		return this.title;
	}

	String getIntro() {
		return this.intro;
	}

	int getPosition() {
		return this.position;
	}

	void setPosition(int position) {
		this.position = position;
	}

}
