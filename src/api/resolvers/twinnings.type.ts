import { Field, Float, ID, ObjectType } from 'type-graphql';
import { EntityRef } from './entityRef.type.js';
import { SourcePassage } from './sourcePassage.type.js';

@ObjectType()
export class CountryRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) isoCode?: string | null;
}

@ObjectType({ description: 'A partner city of a twinning, with its country.' })
export class PartnerCity {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => [String]) aliases!: string[];
  @Field(() => CountryRef, { nullable: true }) country?: CountryRef | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Latitude (WGS 84), from a gazetteer; see City.coordinatesSource.',
  })
  lat?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Longitude (WGS 84), from a gazetteer; see City.coordinatesSource.',
  })
  lng?: number | null;
  @Field(() => SourcePassage) evidence!: SourcePassage;
}

@ObjectType({ description: "One step of a twinning's history." })
export class TwinningStep {
  @Field(() => ID) id!: string;
  @Field(() => String) status!: string;
  @Field(() => String, { description: 'As written: 2021-07 or 2021-12-14.' }) date!: string;
  @Field(() => String, { nullable: true }) dateFrom?: string | null;
  @Field(() => String, { nullable: true }) noteEn?: string | null;
  @Field(() => EntityRef, { nullable: true, description: 'The resolution that decided the step, if any.' })
  resolution?: EntityRef | null;
  @Field(() => [SourcePassage]) evidence!: SourcePassage[];
}

@ObjectType({ description: 'An actor in a role in a twinning, with the passage that says so.' })
export class TwinningActor {
  @Field(() => EntityRef) actor!: EntityRef;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) noteEn?: string | null;
  @Field(() => SourcePassage) evidence!: SourcePassage;
}

@ObjectType({ description: "A twinning's actors grouped by role." })
export class TwinningActors {
  @Field(() => [TwinningActor]) initiated!: TwinningActor[];
  @Field(() => [TwinningActor]) proposed!: TwinningActor[];
  @Field(() => [TwinningActor]) brokered!: TwinningActor[];
  @Field(() => [TwinningActor]) supported!: TwinningActor[];
}

@ObjectType({ description: "A municipality's partnership: partner, status and its history, and who stands behind it." })
export class TwinningSummary {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) status?: string | null;
  @Field(() => String, { nullable: true }) statusDate?: string | null;
  @Field(() => [PartnerCity]) partners!: PartnerCity[];
  @Field(() => [TwinningStep]) history!: TwinningStep[];
  @Field(() => TwinningActors) actors!: TwinningActors;
}
