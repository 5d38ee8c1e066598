package nl.bewonersplein.toolkit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A content article placed in a toolkit chapter, at a position. */
@Entity
class ToolkitItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long chapterId;

	private long articleId;

	private int position;

	protected ToolkitItem() {
	}

	ToolkitItem(long chapterId, long articleId, int position) {
		this.chapterId = chapterId;
		this.articleId = articleId;
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	long getChapterId() {
		return this.chapterId;
	}

	long getArticleId() {
		return this.articleId;
	}

	int getPosition() {
		return this.position;
	}

	void setPosition(int position) {
		this.position = position;
	}

}
