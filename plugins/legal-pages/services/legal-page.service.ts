import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { DeletionResponse } from '@vendure/common/lib/generated-types';
import { DeletionResult } from '@vendure/common/lib/generated-types';
import type { ID } from '@vendure/common/lib/shared-types';
import {
    Injector,
    ListQueryBuilder,
    ListQueryOptions,
    LocaleString,
    PaginatedList,
    RequestContext,
    TransactionalConnection,
    Translated,
    TranslatableSaver,
    TranslatorService,
} from '@vendure/core';
import { LEGAL_PAGES_PLUGIN_OPTIONS } from '../constants';
import { LegalPageTranslation } from '../entities/legal-page-translation.entity';
import { LegalPage } from '../entities/legal-page.entity';
import { LegalPageSeedService } from './legal-page-seed.service';
import { fillPlaceholders } from '../helpers/placeholders';
import {
    type LegalPageInputProblem,
    type LegalPageTranslationFields,
    slugProblem,
    translationsProblem,
} from '../helpers/validation';
import type { LegalPagePlaceholders, LegalPagesPluginOptions } from '../types';

/** Input of {@link LegalPageService.create}. */
export interface CreateLegalPageFields {
    /** The slug, unique in the channel. */
    slug: string;
    /** Default true. */
    enabled?: boolean | null;
    /** At least one language. */
    translations: LegalPageTranslationFields[];
}

/** Input of {@link LegalPageService.update}: the fields to change. */
export interface UpdateLegalPageFields {
    /** The page. */
    id: ID;
    /** A new slug. */
    slug?: string | null;
    /** Shown on the Shop API or not. */
    enabled?: boolean | null;
    /** Languages to add or change. */
    translations?: LegalPageTranslationFields[] | null;
}

/** What {@link LegalPageService.create} and {@link LegalPageService.update} return. */
export type SaveLegalPageResult =
    | Translated<LegalPage>
    | ({
          __typename: 'InvalidLegalPageInputError';
          errorCode: 'INVALID_LEGAL_PAGE_INPUT_ERROR';
          message: string;
      } & LegalPageInputProblem)
    | {
          __typename: 'LegalPageSlugConflictError';
          errorCode: 'LEGAL_PAGE_SLUG_CONFLICT_ERROR';
          message: string;
          slug: string;
      };

/**
 * The legal pages of each channel: the Admin API's CRUD (active channel only) and the Shop API's
 * reads (enabled pages, placeholders filled with the plugin's `placeholders` option).
 */
@Injectable()
export class LegalPageService {
    private readonly injector: Injector;

    constructor(
        private readonly connection: TransactionalConnection,
        private readonly listQueryBuilder: ListQueryBuilder,
        private readonly translatableSaver: TranslatableSaver,
        private readonly translator: TranslatorService,
        private readonly seeder: LegalPageSeedService,
        @Inject(LEGAL_PAGES_PLUGIN_OPTIONS) private readonly options: LegalPagesPluginOptions,
        moduleRef: ModuleRef,
    ) {
        this.injector = new Injector(moduleRef);
    }

    /** The active channel's pages, translated, with Vendure's list options (sort, filter, paging). */
    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<LegalPage>,
    ): Promise<PaginatedList<Translated<LegalPage>>> {
        await this.seeder.ensureSeeded(ctx);
        const [items, totalItems] = await this.listQueryBuilder
            .build(LegalPage, options, {
                ctx,
                where: { channelId: ctx.channelId },
                relations: ['translations'],
            })
            .getManyAndCount();
        return { items: items.map(p => this.translator.translate(p, ctx)), totalItems };
    }

    /** One page of the active channel, translated, or undefined. */
    async findOne(ctx: RequestContext, id: ID): Promise<Translated<LegalPage> | undefined> {
        const page = await this.connection
            .getRepository(ctx, LegalPage)
            .findOne({ where: { id, channelId: ctx.channelId }, relations: ['translations'] });
        return page ? this.translator.translate(page, ctx) : undefined;
    }

    /**
     * The active channel's enabled page with this slug in the request's language, placeholders
     * filled; undefined when there is none (or the slug is not a valid one).
     */
    async findPublished(ctx: RequestContext, slug: string): Promise<Translated<LegalPage> | undefined> {
        if (slugProblem(slug)) return undefined;
        await this.seeder.ensureSeeded(ctx);
        const page = await this.connection.getRepository(ctx, LegalPage).findOne({
            where: { slug, channelId: ctx.channelId, enabled: true },
            relations: ['translations'],
        });
        if (!page) return undefined;
        return this.filled(this.translator.translate(page, ctx), await this.placeholders(ctx));
    }

    /** The active channel's enabled pages by slug, in the request's language, placeholders filled. */
    async findAllPublished(ctx: RequestContext): Promise<Array<Translated<LegalPage>>> {
        await this.seeder.ensureSeeded(ctx);
        const pages = await this.connection.getRepository(ctx, LegalPage).find({
            where: { channelId: ctx.channelId, enabled: true },
            relations: ['translations'],
            order: { slug: 'ASC' },
        });
        const values = await this.placeholders(ctx);
        return pages.map(p => this.filled(this.translator.translate(p, ctx), values));
    }

    /** The placeholder values of the request (the plugin's `placeholders` option; none by default). */
    async placeholders(ctx: RequestContext): Promise<LegalPagePlaceholders> {
        return (await this.options.placeholders?.(ctx, this.injector)) ?? {};
    }

    /**
     * Creates a page in the active channel.
     *
     * @returns the page, or an `InvalidLegalPageInputError` / `LegalPageSlugConflictError` (nothing saved)
     */
    async create(ctx: RequestContext, input: CreateLegalPageFields): Promise<SaveLegalPageResult> {
        const problem = slugProblem(input.slug) ?? translationsProblem(input.translations, true);
        if (problem) return invalid(problem);
        if (await this.slugTaken(ctx, input.slug)) return conflict(input.slug);
        const fields = {
            slug: input.slug,
            enabled: input.enabled ?? true,
            translations: input.translations.map(t => ({
                languageCode: t.languageCode,
                title: t.title?.trim() ?? '',
                body: t.body ?? '',
            })),
        };
        const page = await this.translatableSaver.create({
            ctx,
            input: fields,
            entityType: LegalPage,
            translationType: LegalPageTranslation,
            beforeSave: p => {
                p.channelId = ctx.channelId;
            },
        });
        return assertFound(await this.findOne(ctx, page.id));
    }

    /**
     * Updates a page of the active channel; languages not given are kept.
     *
     * @returns the page, or an `InvalidLegalPageInputError` / `LegalPageSlugConflictError` (nothing saved)
     * @throws EntityNotFoundError when the channel has no such page
     */
    async update(ctx: RequestContext, input: UpdateLegalPageFields): Promise<SaveLegalPageResult> {
        const existing = await this.connection.getEntityOrThrow(ctx, LegalPage, input.id, {
            where: { channelId: ctx.channelId },
            relations: ['translations'],
        });
        const translations = input.translations ?? [];
        const problem =
            (input.slug != null ? slugProblem(input.slug) : undefined) ??
            translationsProblem(
                translations,
                false,
                existing.translations.map(t => t.languageCode),
            );
        if (problem) return invalid(problem);
        if (input.slug != null && input.slug !== existing.slug && (await this.slugTaken(ctx, input.slug))) {
            return conflict(input.slug);
        }
        const fields = {
            id: existing.id,
            ...(input.slug != null ? { slug: input.slug } : {}),
            ...(input.enabled != null ? { enabled: input.enabled } : {}),
            translations: translations.map(t => {
                const current = existing.translations.find(e => e.languageCode === t.languageCode);
                return {
                    ...(current ? { id: current.id } : {}),
                    languageCode: t.languageCode,
                    title: t.title?.trim() || current?.title || '',
                    body: t.body ?? current?.body ?? '',
                };
            }),
        };
        await this.translatableSaver.update({
            ctx,
            input: fields,
            entityType: LegalPage,
            translationType: LegalPageTranslation,
        });
        return assertFound(await this.findOne(ctx, existing.id));
    }

    /**
     * Deletes a page of the active channel (and its translations).
     *
     * @returns DELETED, or NOT_DELETED with a message when the channel has no such page
     */
    async delete(ctx: RequestContext, id: ID): Promise<DeletionResponse> {
        const page = await this.connection
            .getRepository(ctx, LegalPage)
            .findOne({ where: { id, channelId: ctx.channelId } });
        if (!page)
            return { result: DeletionResult.NOT_DELETED, message: `No legal page with id ${String(id)}` };
        await this.connection.getRepository(ctx, LegalPage).remove(page);
        return { result: DeletionResult.DELETED };
    }

    private async slugTaken(ctx: RequestContext, slug: string): Promise<boolean> {
        return this.connection
            .getRepository(ctx, LegalPage)
            .exists({ where: { slug, channelId: ctx.channelId } });
    }

    private filled(page: Translated<LegalPage>, values: LegalPagePlaceholders): Translated<LegalPage> {
        page.body = fillPlaceholders(page.body, values) as LocaleString;
        return page;
    }
}

function invalid(problem: LegalPageInputProblem): SaveLegalPageResult {
    return {
        __typename: 'InvalidLegalPageInputError',
        errorCode: 'INVALID_LEGAL_PAGE_INPUT_ERROR',
        ...problem,
    };
}

function conflict(slug: string): SaveLegalPageResult {
    return {
        __typename: 'LegalPageSlugConflictError',
        errorCode: 'LEGAL_PAGE_SLUG_CONFLICT_ERROR',
        message: `Another legal page of this channel has the slug "${slug}"`,
        slug,
    };
}

/** The page just saved, read back in the same transaction (always there). */
function assertFound<T>(value: T | undefined): T {
    if (!value) throw new Error('The saved legal page could not be read back');
    return value;
}
