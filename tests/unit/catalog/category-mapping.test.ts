import { describe, expect, it } from 'vitest';
import { browseTree, flattenTree, toMetaView } from '../../../utils/background/coupang/categories/mapping';
import { categoryMetaResponse, categoryTreeResponse } from '../../../utils/background/coupang/categories/schemas';

/** The tree as the service answers it: the samples' `displayItemCategoryCode`, a ROOT node. */
const TREE = {
  code: 'SUCCESS',
  message: '',
  data: {
    displayItemCategoryCode: 0,
    name: 'ROOT',
    status: 'ACTIVE',
    child: [
      {
        displayItemCategoryCode: 62588,
        name: '가전/디지털',
        status: 'ACTIVE',
        child: [
          {
            displayItemCategoryCode: 62593,
            name: '음향기기',
            status: 'ACTIVE',
            child: [{ displayItemCategoryCode: 62611, name: '블루투스 이어폰', status: 'ACTIVE', child: [] }],
          },
        ],
      },
      { displayCategoryCode: '103371', name: '스포츠/레져', status: 'ACTIVE', child: null },
    ],
  },
};

describe('category tree', () => {
  const nodes = flattenTree(categoryTreeResponse.parse(TREE).data);

  it('reads either code field, drops the ROOT node, keeps paths and leaves', () => {
    expect(nodes).toEqual([
      { code: '62588', name: '가전/디지털', path: '가전/디지털', leaf: false, status: 'ACTIVE' },
      {
        code: '62593',
        name: '음향기기',
        parent: '62588',
        path: '가전/디지털 > 음향기기',
        leaf: false,
        status: 'ACTIVE',
      },
      {
        code: '62611',
        name: '블루투스 이어폰',
        parent: '62593',
        path: '가전/디지털 > 음향기기 > 블루투스 이어폰',
        leaf: true,
        status: 'ACTIVE',
      },
      { code: '103371', name: '스포츠/레져', path: '스포츠/레져', leaf: true, status: 'ACTIVE' },
    ]);
  });

  it('browses children with the trail, and searches names (each word, any case)', () => {
    expect(browseTree(nodes, {}).nodes.map((n) => n.code)).toEqual(['62588', '103371']);
    const down = browseTree(nodes, { parent: '62593' });
    expect(down.trail.map((n) => n.code)).toEqual(['62588', '62593']);
    expect(down.nodes.map((n) => n.code)).toEqual(['62611']);
    expect(browseTree(nodes, { query: '이어폰' }).nodes.map((n) => n.code)).toEqual(['62611']);
    expect(browseTree(nodes, { query: '가전 이어폰' }).nodes.map((n) => n.code)).toEqual(['62611']);
    expect(browseTree(nodes, { query: '냉장고' }).nodes).toEqual([]);
  });
});

describe('category meta', () => {
  it('maps attributes, notices, certifications and documents with what is required', () => {
    const body = categoryMetaResponse.parse({
      code: 'SUCCESS',
      data: {
        isAllowSingleItem: true,
        attributes: [
          {
            attributeTypeName: '색상',
            required: 'MANDATORY',
            dataType: 'STRING',
            basicUnit: '없음',
            usableUnits: [],
            inputType: 'INPUT',
            exposed: 'EXPOSED',
          },
          {
            attributeTypeName: '무게',
            required: 'OPTIONAL',
            dataType: 'NUMBER',
            basicUnit: 'g',
            usableUnits: ['g', 'kg'],
            exposed: 'NONE',
          },
        ],
        noticeCategories: [
          {
            noticeCategoryName: '소형전자',
            noticeCategoryDetailNames: [{ noticeCategoryDetailName: '품명 및 모델명', required: 'MANDATORY' }],
          },
        ],
        requiredDocumentNames: [{ templateName: '기타인증서류', required: 'OPTIONAL' }],
        certifications: [
          { certificationType: 'KC_CERTIFICATION', name: 'KC 인증', dataType: 'CODE', required: 'MANDATORY' },
        ],
        allowedOfferConditions: ['NEW'],
      },
    });
    expect(toMetaView('62611', body.data)).toEqual({
      code: '62611',
      allowSingleItem: true,
      offerConditions: ['NEW'],
      attributes: [
        { name: '색상', required: true, dataType: 'STRING', inputType: 'INPUT', values: [], units: [], exposed: true },
        { name: '무게', required: false, dataType: 'NUMBER', values: [], units: ['g', 'kg'], exposed: false },
      ],
      notices: [{ name: '소형전자', fields: [{ name: '품명 및 모델명', required: true }] }],
      documents: [{ name: '기타인증서류', required: false }],
      certifications: [{ type: 'KC_CERTIFICATION', name: 'KC 인증', required: true }],
    });
  });
});
