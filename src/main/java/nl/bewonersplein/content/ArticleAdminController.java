package nl.bewonersplein.content;

import nl.bewonersplein.editorial.DeletableEditController;
import nl.bewonersplein.editorial.EditFlow;
import nl.bewonersplein.editorial.Editable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors write, preview and delete articles at {@code /admin/artikelen}, through the
 * shared {@link EditFlow} (the handlers are {@link DeletableEditController}'s, what is
 * particular to articles is in {@link ArticleEditing}); the list is
 * {@link ArticleListAdminController}'s.
 */
@Controller
@RequestMapping(ArticleEditing.BASE)
class ArticleAdminController extends DeletableEditController<Article, ArticleForm> {

	private final ArticleEditing editing;

	ArticleAdminController(ArticleEditing editing, EditFlow flow) {
		super(flow, () -> ArticleForm.empty(null), ArticleForm::withProposedSlug);
		this.editing = editing;
	}

	@Override
	protected Editable<Article, ArticleForm> editable() {
		return this.editing;
	}

}
