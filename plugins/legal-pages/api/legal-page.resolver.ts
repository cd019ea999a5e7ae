import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DeletionResponse } from '@vendure/common/lib/generated-types';
import { Allow, Ctx, PaginatedList, RequestContext, Transaction, Translated } from '@vendure/core';
import { legalPagePermission } from '../constants';
import type { LegalPage } from '../entities/legal-page.entity';
import type {
    MutationCreateLegalPageArgs,
    MutationDeleteLegalPageArgs,
    MutationUpdateLegalPageArgs,
    QueryLegalPageArgs,
    QueryLegalPagesArgs,
} from '../gql/generated-admin-types';
import type { QueryLegalPageArgs as ShopQueryLegalPageArgs } from '../gql/generated-shop-types';
import { LegalPageService, SaveLegalPageResult } from '../services/legal-page.service';

/** Admin API: the active channel's legal pages (`*LegalPage` permissions). */
@Resolver()
export class AdminLegalPageResolver {
    constructor(private readonly legalPageService: LegalPageService) {}

    /** The active channel's pages with Vendure's list options. */
    @Query()
    @Allow(legalPagePermission.Read)
    async legalPages(
        @Ctx() ctx: RequestContext,
        @Args() args: QueryLegalPagesArgs,
    ): Promise<PaginatedList<Translated<LegalPage>>> {
        const { filterOperator, ...options } = args.options ?? {};
        return this.legalPageService.findAll(ctx, {
            ...options,
            filterOperator: filterOperator ?? undefined,
        });
    }

    /** One page of the active channel, or null. */
    @Query()
    @Allow(legalPagePermission.Read)
    async legalPage(
        @Ctx() ctx: RequestContext,
        @Args() args: QueryLegalPageArgs,
    ): Promise<Translated<LegalPage> | null> {
        return (await this.legalPageService.findOne(ctx, args.id)) ?? null;
    }

    /** The placeholders and their values for the active channel and language. */
    @Query()
    @Allow(legalPagePermission.Read)
    async legalPagePlaceholders(@Ctx() ctx: RequestContext): Promise<Array<{ name: string; value: string }>> {
        const values = await this.legalPageService.placeholders(ctx);
        return Object.entries(values).map(([name, value]) => ({ name, value: value ?? '' }));
    }

    /** Creates a page in the active channel. */
    @Mutation()
    @Transaction()
    @Allow(legalPagePermission.Create)
    async createLegalPage(
        @Ctx() ctx: RequestContext,
        @Args() args: MutationCreateLegalPageArgs,
    ): Promise<SaveLegalPageResult> {
        return this.legalPageService.create(ctx, args.input);
    }

    /** Updates a page of the active channel. */
    @Mutation()
    @Transaction()
    @Allow(legalPagePermission.Update)
    async updateLegalPage(
        @Ctx() ctx: RequestContext,
        @Args() args: MutationUpdateLegalPageArgs,
    ): Promise<SaveLegalPageResult> {
        return this.legalPageService.update(ctx, args.input);
    }

    /** Deletes a page of the active channel. */
    @Mutation()
    @Transaction()
    @Allow(legalPagePermission.Delete)
    async deleteLegalPage(
        @Ctx() ctx: RequestContext,
        @Args() args: MutationDeleteLegalPageArgs,
    ): Promise<DeletionResponse> {
        return this.legalPageService.delete(ctx, args.id);
    }
}

/** GraphQL type resolution of `CreateLegalPageResult` and `UpdateLegalPageResult`. */
@Resolver('CreateLegalPageResult')
export class CreateLegalPageResultResolver {
    /** The error's `__typename`, else LegalPage. */
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'LegalPage';
    }
}

/** GraphQL type resolution of `UpdateLegalPageResult`. */
@Resolver('UpdateLegalPageResult')
export class UpdateLegalPageResultResolver {
    /** The error's `__typename`, else LegalPage. */
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'LegalPage';
    }
}

/** Shop API: the shop's enabled legal pages, public. */
@Resolver()
export class ShopLegalPageResolver {
    constructor(private readonly legalPageService: LegalPageService) {}

    /** The enabled page with this slug in the request's language, or null. */
    @Query()
    async legalPage(
        @Ctx() ctx: RequestContext,
        @Args() args: ShopQueryLegalPageArgs,
    ): Promise<Translated<LegalPage> | null> {
        return (await this.legalPageService.findPublished(ctx, args.slug)) ?? null;
    }

    /** The enabled pages by slug. */
    @Query()
    async legalPages(@Ctx() ctx: RequestContext): Promise<Array<Translated<LegalPage>>> {
        return this.legalPageService.findAllPublished(ctx);
    }
}
