package org.geofacts.document;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.common.Page;
import org.geofacts.common.PageRequest;

@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;

    public DocumentService(DocumentRepository documents) {
        this.documents = documents;
    }

    /** Metadata only: lists never load document texts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentDto> list(PageRequest page) {
        return Page.eachOf(documents.page(page), page, d -> d.id, d -> DocumentDto.of(d, documents.lengthOf(d.id), false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentDto> get(String id) {
        return documents.findByIdOptional(id)
                .map(d -> DocumentDto.of(d, d.body.codePointCount(0, d.body.length()), true));
    }
}
