<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- geotrack QGIS style for the ${layer} layer. Generated from geotrack/render/palette.py; do not edit by hand. -->
<qgis version="3.34.0" styleCategories="Symbology|Labeling|Fields|Rendering|Temporal">
  <renderer-v2 type="categorizedSymbol" attr="${attr}" symbollevels="0" forceraster="0" enableorderby="0" referencescale="-1">
    <categories>
${categories}
    </categories>
    <symbols>
${symbols}
    </symbols>
    <source-symbol>
${source_symbol}
    </source-symbol>
    <rotation/>
    <sizescale/>
  </renderer-v2>
${temporal}
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <previewExpression>${preview}</previewExpression>
  <layerGeometryType>0</layerGeometryType>
</qgis>
