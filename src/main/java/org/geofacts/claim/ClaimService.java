package org.geofacts.claim;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;

@ApplicationScoped
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimAssembler assembler;

    public ClaimService(ClaimRepository claims, ClaimAssembler assembler) {
        this.claims = claims;
        this.assembler = assembler;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClaimDto> list(ClaimFilter filter, PageRequest page) {
        return Page.of(claims.page(filter, page), page, ClaimRow::id, assembler::toDtos);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ClaimDto> get(String id) {
        return claims.row(id).map(c -> assembler.toDtos(List.of(c)).get(0));
    }
}
