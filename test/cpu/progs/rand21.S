	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 96(x30)
	ld x3, 88(x30)
	ld x4, 80(x30)
	ld x5, 80(x30)
	ld x6, 152(x30)
	ld x7, 104(x30)
	ld x8, 160(x30)
	ld x9, 200(x30)
	ld x10, 56(x30)
	ld x11, 104(x30)
	ld x12, 16(x30)
	ld x13, 136(x30)
	ld x14, 24(x30)
	ld x15, 152(x30)
	ld x16, 128(x30)
	ld x17, 200(x30)
	ld x18, 184(x30)
	ld x19, 88(x30)
	ld x20, 112(x30)
	ld x21, 152(x30)
	ld x22, 32(x30)
	ld x23, 96(x30)
	ld x24, 24(x30)
	ld x25, 184(x30)
	ld x26, 8(x30)
	ld x27, 32(x30)
	ld x28, 144(x30)
	ld x29, 128(x30)
	ld x30, 80(x30)
	la x30, dvals
	fld f0, 16(x30)
	fld f1, 224(x30)
	fld f2, 240(x30)
	fld f3, 120(x30)
	fld f4, 264(x30)
	flw f5, 300(x30)
	flw f6, 332(x30)
	fld f7, 136(x30)
	fld f8, 24(x30)
	fld f9, 144(x30)
	fld f10, 24(x30)
	fld f11, 56(x30)
	fld f12, 152(x30)
	fld f13, 144(x30)
	flw f14, 356(x30)
	flw f15, 380(x30)
	fld f16, 32(x30)
	fld f17, 48(x30)
	fld f18, 24(x30)
	fld f19, 72(x30)
	flw f20, 384(x30)
	fld f21, 112(x30)
	fld f22, 192(x30)
	fld f23, 16(x30)
	flw f24, 380(x30)
	fld f25, 232(x30)
	fld f26, 348(x30)
	fld f27, 24(x30)
	fld f28, 176(x30)
	fld f29, 56(x30)
	flw f30, 364(x30)
	fld f31, 48(x30)
	lb x11, 1310(x31)
	la x30, dvals
	flw f26, 628(x30)
	fnmadd.s f6, f26, f27, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	fld f24, 1160(x31)
	bgeu x21, x17, 1f
	add x24, x10, x11
	sll x24, x14, x21
1:
	sub x13, x22, x8
	add x0, x23, x17
	mv x13, x31
	c.lw x13, 36(x13)
	srl x19, x11, x17
	la x30, dvals
	flw f17, 636(x30)
	fsub.s f22, f17, f20, rdn
	la x30, dvals
	flw f4, 644(x30)
	la x30, dvals
	flw f13, 680(x30)
	fmul.s f4, f4, f13, rmm
	sra x26, x7, x24
	srl x20, x0, x19
	la x30, dvals
	flw f30, 288(x30)
	la x30, dvals
	flw f28, 676(x30)
	fadd.s f30, f30, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	mv x12, x31
	c.sd x13, 96(x12)
	divuw x27, x10, x15
	srai x20, x21, 0
	sraiw x4, x27, 8
	la x30, dvals
	fld f5, 200(x30)
	la x30, dvals
	fld f25, 456(x30)
	fmul.d f0, f5, f25, rmm
	mulhu x23, x27, x24
	sb x10, 897(x31)
	la x30, dvals
	flw f10, 660(x30)
	fcvt.wu.s x3, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	mulhsu x20, x25, x23
	la x30, dvals
	fld f29, 536(x30)
	la x30, dvals
	fld f22, 488(x30)
	fmadd.d f9, f29, f22, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	fcvt.d.wu f28, x10
	bltu x19, x22, 1f
	or x5, x29, x26
	sltu x10, x0, x28
1:
	remu x9, x22, x16
	la x30, dvals
	flw f24, 636(x30)
	fsgnjn.s f1, f24, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	slli x3, x25, 0
	sraiw x12, x22, 1
	la x30, dvals
	fld f23, 496(x30)
	la x30, dvals
	fld f28, 224(x30)
	fmadd.d f14, f23, f10, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	la x30, 1f
	jalr x29, 1(x30)
	sra x29, x26, x0
1:
	xori x19, x9, 64
	mulh x21, x1, x28
	csrrwi x8, frm, 3
	srli x20, x14, 62
	slliw x23, x10, 31
	remuw x29, x19, x16
	lbu x15, 1247(x31)
	la x30, dvals
	flw f10, 608(x30)
	la x30, dvals
	flw f28, 592(x30)
	fmadd.s f14, f10, f4, f28, rup
	divu x8, x10, x29
	sra x19, x29, x6
	addi x30, x31, 1552
	amoswap.w.aqrl x11, x28, (x30)
	and x26, x5, x23
	rem x15, x17, x27
	la x30, dvals
	fld f26, 408(x30)
	fcvt.wu.d x13, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, dvals
	flw f12, 332(x30)
	la x30, dvals
	flw f31, 624(x30)
	fadd.s f12, f12, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	slt x0, x4, x19
	srli x18, x18, 33
	slliw x26, x27, 31
	la x30, dvals
	fld f18, 24(x30)
	fle.d x0, f18, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	sw x11, 1993(x31)
	la x30, dvals
	fld f9, 248(x30)
	fsgnj.d f21, f26, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	mulh x14, x29, x22
	c.srli x11, 57
	c.andi x10, -23
	la x30, dvals
	flw f4, 684(x30)
	la x30, dvals
	flw f25, 608(x30)
	la x30, dvals
	flw f2, 680(x30)
	fmadd.s f9, f4, f25, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	la x30, dvals
	fld f30, 24(x30)
	la x30, dvals
	fld f11, 16(x30)
	fnmsub.d f29, f30, f11, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	bge x21, x19, 1f
	srlw x20, x26, x21
1:
	sw x1, 916(x31)
	subw x4, x6, x18
	fsub.s f10, f24, f15, rtz
	add x21, x23, x0
	divw x17, x24, x18
	srli x16, x20, 31
	srliw x21, x0, 0
	sub x18, x14, x29
	slli x13, x26, 32
	sraiw x10, x10, 1
	fcvt.l.s x27, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	frrm x15
	la x30, dvals
	fld f12, 120(x30)
	fcvt.l.d x18, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	divw x5, x0, x19
	la x30, dvals
	fld f4, 416(x30)
	la x30, dvals
	fld f0, 176(x30)
	fnmsub.d f26, f4, f0, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	la x30, dvals
	flw f5, 300(x30)
	fnmsub.s f10, f2, f5, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	sllw x16, x26, x13
	slli x6, x4, 33
	slliw x27, x22, 1
	lbu x26, 249(x2)
	la x30, dvals
	fld f23, 248(x30)
	fmsub.d f11, f9, f23, f23, rne
	sw x12, 1832(x31)
	mul x7, x5, x6
	c.addi x26, 31
	c.addiw x26, -32
	slli x17, x24, 33
	sraiw x14, x7, 31
	la x30, dvals
	flw f5, 344(x30)
	fmsub.s f12, f24, f24, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	fcvt.d.lu f22, x11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	slti x7, x28, 2047
	srai x26, x7, 0
	slliw x28, x8, 21
	srl x16, x5, x21
	la x30, dvals
	flw f1, 316(x30)
	la x30, dvals
	flw f21, 304(x30)
	fmadd.s f31, f1, f21, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	divu x25, x23, x0
	la x30, dvals
	fld f28, 0(x30)
	flt.d x5, f4, f28
	rem x19, x25, x7
	la x30, dvals
	fld f13, 64(x30)
	la x30, dvals
	fld f11, 120(x30)
	fmul.d f7, f13, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	la x30, dvals
	fld f24, 560(x30)
	fadd.d f19, f24, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	sra x28, x28, x3
	addi x21, x0, 63
	fsqrt.d f23, f11, rtz
	mulhsu x12, x8, x13
	csrrs x3, fflags, x0
	sd x0, 752(x31)
	la x30, dvals
	flw f11, 348(x30)
	fcvt.d.s f25, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	beq x19, x20, 1f
	srlw x7, x20, x16
	or x12, x16, x21
1:
	la x30, dvals
	fld f8, 440(x30)
	fcvt.lu.d x22, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	jal x9, 1f
	sub x10, x6, x15
1:
	la x30, dvals
	flw f6, 376(x30)
	fsub.s f25, f3, f6, rmm
	fdiv.d f24, f20, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	fsqrt.s f28, f30, dyn
	xori x18, x24, 2047
	la x30, dvals
	flw f6, 308(x30)
	la x30, dvals
	flw f27, 332(x30)
	fmax.s f18, f6, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	divw x28, x6, x16
	fsub.d f1, f10, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	fcvt.d.s f23, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	lhu x16, 254(x2)
	fcvt.d.s f8, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	fcvt.d.l f17, x3, rtz
	ld x1, 272(x2)
	la x30, dvals
	fld f8, 56(x30)
	fmsub.d f7, f7, f8, f23, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	lui x25, 524287
	add x4, x13, x11
	flw f28, 1044(x31)
	jal x27, 1f
	or x11, x25, x12
1:
	la x30, dvals
	flw f1, 612(x30)
	fsub.s f17, f8, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	la x30, dvals
	flw f30, 388(x30)
	la x30, dvals
	flw f16, 380(x30)
	fmul.s f17, f30, f16, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	fcvt.s.lu f1, x16, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	or x0, x12, x7
	fsqrt.d f18, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	fld f29, 928(x31)
	la x30, dvals
	flw f25, 364(x30)
	fcvt.w.s x9, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	c.slli x12, 28
	slti x3, x18, 1
	la x30, dvals
	flw f31, 324(x30)
	fsgnjn.s f12, f20, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	la x30, dvals
	fld f12, 568(x30)
	fsqrt.d f24, f12, rtz
	bltu x21, x17, 1f
	xor x12, x20, x14
	sll x11, x0, x10
1:
	lhu x6, 8(x31)
	c.slli x28, 36
	fadd.d f9, f19, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	la x30, dvals
	fld f8, 584(x30)
	fcvt.s.d f9, f8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	slt x17, x15, x21
	xori x21, x18, -2
	addi x27, x8, -2048
	la x30, dvals
	flw f18, 640(x30)
	fnmadd.s f30, f29, f31, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	la x30, dvals
	flw f27, 660(x30)
	la x30, dvals
	flw f12, 672(x30)
	fsub.s f25, f27, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	fsqrt.s f20, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	la x30, dvals
	fld f3, 80(x30)
	fcvt.w.d x12, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	la x30, dvals
	fld f15, 536(x30)
	fmul.d f12, f15, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	addi x30, x31, 1096
	amomin.d.aq x3, x4, (x30)
	sd x7, 1864(x31)
	bne x10, x24, 1f
	slt x12, x1, x0
1:
	addi x17, x8, 63
	lbu x23, 486(x2)
	srlw x16, x20, x24
	or x21, x4, x28
	la x30, dvals
	flw f31, 652(x30)
	fnmadd.s f17, f31, f6, f6, dyn
	addiw x12, x4, 0
	slli x15, x3, 0
	srliw x22, x17, 13
	c.li x3, 7
	c.lui x3, 26
	bge x19, x18, 1f
	subw x25, x28, x0
1:
	lw x5, 1372(x2)
	remu x5, x24, x23
	or x11, x1, x18
	divw x26, x5, x26
	la x30, dvals
	fld f19, 584(x30)
	fmul.d f4, f9, f19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	la x30, dvals
	fld f10, 80(x30)
	la x30, dvals
	fld f8, 184(x30)
	fmsub.d f30, f10, f8, f8, rtz
	la x30, dvals
	fld f4, 256(x30)
	fcvt.lu.d x1, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	mv x10, x31
	c.ld x11, 224(x10)
	addiw x19, x21, 0
	la x30, 1f
	c.jalr x30
	or x18, x4, x17
1:
	la x30, dvals
	flw f5, 684(x30)
	la x30, dvals
	flw f14, 328(x30)
	la x30, dvals
	flw f4, 292(x30)
	fmsub.s f31, f5, f14, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	sw x3, 728(x31)
	la x30, dvals
	flw f27, 352(x30)
	la x30, dvals
	flw f0, 320(x30)
	fsub.s f21, f27, f0, rmm
	la x30, dvals
	fld f6, 24(x30)
	fclass.d x13, f6
	sub x24, x19, x4
	la x30, dvals
	flw f27, 684(x30)
	fdiv.s f24, f9, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	lwu x4, 580(x2)
	c.swsp x29, 32(sp)
	c.sdsp x8, 432(sp)
	lw x25, 1600(x2)
	sb x13, 2029(x31)
	mv x8, x31
	c.ld x8, 48(x8)
	srl x12, x4, x24
	mv x11, x31
	c.lw x13, 116(x11)
	sub x4, x29, x21
	srai x20, x23, 1
	sraiw x19, x22, 15
	la x30, dvals
	flw f20, 280(x30)
	la x30, dvals
	flw f22, 372(x30)
	fmsub.s f20, f20, f22, f11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	fcvt.d.l f24, x14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	la x30, dvals
	fld f29, 464(x30)
	fmul.d f23, f29, f2, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	c.subw x13, x9
	ld x5, 136(x2)
	addiw x29, x21, 64
	sllw x0, x3, x14
	lui x5, 524288
	la x30, dvals
	flw f11, 304(x30)
	fclass.s x12, f11
	addi x24, x17, 1629
	fmv.w.x f28, x29
	lw x14, 492(x31)
	la x30, dvals
	flw f8, 616(x30)
	fsgnjx.s f20, f8, f16
	addi x30, x31, 392
	amoswap.d.aqrl x21, x26, (x30)
	beq x12, x0, 1f
	and x7, x1, x29
1:
	lw x15, 1908(x2)
	la x30, dvals
	fld f8, 400(x30)
	fmul.d f19, f0, f8, rup
	la x30, dvals
	fld f23, 248(x30)
	fadd.d f7, f23, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	csrrwi x29, frm, 2
	lh x25, 932(x2)
	mulhu x14, x8, x5
	la x30, dvals
	fld f0, 408(x30)
	la x30, dvals
	fld f0, 72(x30)
	fsub.d f30, f0, f0, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	sllw x8, x5, x18
	ld x14, 248(x2)
	lhu x17, 1132(x31)
	la x30, dvals
	flw f9, 316(x30)
	la x30, dvals
	flw f26, 628(x30)
	fsub.s f20, f9, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	lwu x3, 1924(x2)
	sh x20, 1014(x31)
	divuw x20, x1, x9
	srl x16, x1, x4
	la x30, dvals
	flw f6, 596(x30)
	fmsub.s f17, f6, f0, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	slt x27, x23, x20
	divw x11, x9, x14
	c.bnez x10, 1f
	and x27, x21, x0
1:
	ori x27, x8, 2047
	mul x22, x16, x29
	lhu x4, 750(x31)
	la x30, dvals
	fld f7, 504(x30)
	la x30, dvals
	fld f16, 0(x30)
	fnmsub.d f12, f7, f16, f16, rne
	sub x6, x7, x13
	slli x22, x22, 1
	sraiw x29, x12, 31
	fmv.x.d x26, f10
	mulhu x19, x25, x15
	la x30, dvals
	flw f28, 644(x30)
	la x30, dvals
	flw f26, 664(x30)
	fmul.s f19, f28, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	fld f21, 432(x30)
	fsqrt.d f30, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	xor x0, x10, x21
	sltiu x0, x24, 31
	remu x29, x5, x3
	auipc x28, 524287
	subw x11, x13, x0
	bge x29, x10, 1f
	and x0, x25, x14
1:
	la x30, dvals
	fld f14, 504(x30)
	fmadd.d f29, f14, f8, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	slt x15, x24, x17
	la x30, dvals
	flw f27, 624(x30)
	fdiv.s f8, f14, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	lhu x3, 1007(x31)
	la x30, dvals
	fld f6, 24(x30)
	la x30, dvals
	fld f15, 272(x30)
	fadd.d f28, f6, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	mv x9, x31
	c.fld f14, 128(x9)
	xor x12, x9, x7
	xori x20, x16, 63
	c.mv x17, x21
	c.add x26, x17
	bltu x27, x29, 1f
	subw x20, x5, x14
	sllw x7, x7, x28
1:
	la x30, dvals
	fld f29, 200(x30)
	la x30, dvals
	fld f18, 136(x30)
	fle.d x22, f29, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	la x30, dvals
	flw f13, 636(x30)
	fadd.s f23, f29, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	fld f10, 584(x30)
	la x30, dvals
	fld f12, 448(x30)
	fmadd.d f29, f10, f9, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	srli x9, x4, 31
	slliw x23, x24, 0
	la x30, dvals
	fld f19, 200(x30)
	la x30, dvals
	fld f25, 408(x30)
	fadd.d f19, f19, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	divw x12, x9, x10
	la x30, dvals
	fld f26, 464(x30)
	fsqrt.d f13, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	slli x0, x8, 0
	srliw x21, x24, 1
	la x30, dvals
	flw f13, 288(x30)
	la x30, dvals
	flw f16, 628(x30)
	fnmsub.s f7, f24, f13, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	blt x24, x3, 1f
	subw x12, x10, x10
	sub x16, x24, x7
1:
	lui x27, 524288
	sub x15, x27, x21
	ori x18, x13, 64
	andi x20, x8, -2048
	sh x8, 1048(x31)
	fld f23, 400(x31)
	addw x8, x18, x17
	slt x4, x15, x16
	or x20, x3, x19
	addi x1, x23, 64
	c.mv x12, x27
	c.add x17, x12
	sh x21, 426(x31)
	la x30, dvals
	fld f6, 192(x30)
	fadd.d f10, f26, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	c.addi4spn x15, sp, 904
	sh x5, 181(x31)
	addi x12, x26, 32
	jal x19, 1f
	sltu x23, x7, x23
1:
	srl x3, x13, x10
	fld f19, 1920(x31)
	mulhsu x29, x3, x15
	lwu x23, 1192(x2)
	la x30, dvals
	flw f22, 384(x30)
	fcvt.w.s x21, f22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	la x30, dvals
	fld f19, 464(x30)
	fclass.d x26, f19
	la x30, dvals
	fld f10, 112(x30)
	fadd.d f30, f31, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	sltu x17, x14, x11
	fclass.d x28, f30
	addi x30, x31, 1320
	amoor.w.aqrl x27, x1, (x30)
	fclass.s x6, f31
	sll x6, x6, x18
	ori x1, x14, 31
	addi x30, x31, 608
	amomax.d.aqrl x28, x21, (x30)
	xor x14, x0, x13
	la x30, dvals
	flw f18, 332(x30)
	flt.s x22, f21, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	bge x3, x0, 1f
	xor x12, x28, x21
1:
	la x30, 1f
	jalr x7, 1(x30)
	srl x5, x8, x11
1:
	lb x9, 794(x2)
	blt x25, x29, 1f
	sltu x10, x6, x18
	srlw x16, x14, x14
1:
	addw x20, x9, x25
	subw x1, x0, x3
	srlw x24, x17, x8
	slti x14, x26, 63
	addi x30, x31, 712
	lr.d x27, (x30)
	subw x1, x27, x3
	sc.d x1, x12, (x30)
	jal x12, 1f
	or x0, x3, x0
1:
	lbu x29, 1374(x2)
	mulhu x22, x26, x15
	mv x14, x31
	c.sd x11, 56(x14)
	xori x29, x0, 32
	addi x30, x31, 1096
	amomin.d.aqrl x4, x8, (x30)
	mulhu x18, x11, x7
	la x30, dvals
	flw f29, 316(x30)
	la x30, dvals
	flw f30, 616(x30)
	feq.s x16, f29, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	addi x30, x31, 400
	lr.w x4, (x30)
	sub x18, x13, x28
	sc.w x13, x25, (x30)
	la x30, dvals
	flw f26, 596(x30)
	la x30, dvals
	flw f6, 336(x30)
	fadd.s f6, f26, f6, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	sll x20, x9, x9
	andi x15, x27, 0
	lhu x22, 328(x2)
	la x30, dvals
	fld f12, 432(x30)
	fmsub.d f31, f28, f12, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	fcvt.wu.s x17, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	fcvt.w.s x29, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	lb x14, 100(x2)
	la x30, dvals
	flw f5, 592(x30)
	la x30, dvals
	flw f7, 640(x30)
	fnmadd.s f24, f8, f5, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	addiw x21, x3, 2047
	remw x18, x4, x7
	remu x28, x23, x8
	srai x29, x4, 0
	sraiw x25, x8, 2
	la x30, dvals
	flw f8, 628(x30)
	fmul.s f18, f8, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	srli x12, x14, 0
	srliw x11, x19, 1
	or x14, x13, x26
	bge x11, x8, 1f
	addw x8, x14, x19
1:
	bltu x12, x24, 1f
	sra x8, x9, x7
	sll x24, x26, x3
1:
	la x30, dvals
	flw f11, 376(x30)
	la x30, dvals
	flw f9, 292(x30)
	fmul.s f15, f11, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	fcvt.s.w f12, x11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	la x30, dvals
	fld f28, 496(x30)
	la x30, dvals
	fld f4, 272(x30)
	fmax.d f31, f28, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	c.addi4spn x11, sp, 212
	c.slli x9, 53
	sllw x1, x7, x15
	la x30, 1f
	jalr x4, 0(x30)
	subw x22, x8, x22
1:
	fcvt.s.wu f15, x8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	fadd.d f9, f15, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	la x30, dvals
	flw f30, 628(x30)
	fdiv.s f23, f30, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	addi x30, x31, 584
	amomax.d x17, x24, (x30)
	addiw x20, x6, 1615
	fcvt.d.s f21, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	remw x9, x19, x29
	c.fldsp f2, 464(sp)
	la x30, dvals
	flw f25, 288(x30)
	fadd.s f31, f26, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	fsd f3, 1168(x31)
	la x30, dvals
	flw f20, 676(x30)
	la x30, dvals
	flw f18, 352(x30)
	la x30, dvals
	flw f24, 660(x30)
	fnmadd.s f8, f20, f18, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	slli x16, x8, 32
	sraiw x21, x6, 1
	jal x12, 1f
	sraw x18, x14, x10
1:
	lb x8, 1927(x2)
	fcvt.s.l f2, x0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	mul x18, x11, x27
	xori x10, x22, 1186
	la x30, dvals
	fld f24, 80(x30)
	la x30, dvals
	fld f31, 128(x30)
	fmadd.d f24, f11, f24, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	subw x12, x22, x19
	mul x6, x13, x14
	bne x3, x26, 1f
	sub x8, x29, x9
	sll x8, x6, x1
1:
	srai x14, x27, 55
	srliw x19, x12, 1
	sub x0, x3, x15
	fmul.s f11, f20, f28, dyn
	jal x28, 1f
	srlw x23, x18, x14
1:
	mulh x6, x14, x17
	and x17, x1, x22
	c.fsdsp f14, 64(sp)
	sb x12, 1313(x31)
	or x14, x5, x5
	fmul.s f5, f11, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	c.fsdsp f20, 40(sp)
	fmv.d.x f2, x11
	srai x14, x17, 63
	slliw x3, x5, 1
	lh x0, 1150(x2)
	addi x30, x31, 736
	amoadd.w.aqrl x1, x29, (x30)
	divuw x28, x12, x11
	c.j 1f
	sllw x13, x1, x21
1:
	la x30, dvals
	flw f4, 608(x30)
	fsub.s f2, f12, f4, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	lw x9, 1356(x31)
	blt x8, x5, 1f
	slt x29, x25, x29
1:
	csrrs x23, fflags, x0
	la x30, 1f
	c.jalr x30
	sll x16, x22, x23
1:
	c.mv x9, x15
	c.add x15, x9
	slli x10, x11, 32
	sraiw x13, x15, 1
	sh x23, 1265(x31)
	lbu x23, 719(x2)
	or x25, x21, x27
	la x30, dvals
	fld f22, 216(x30)
	la x30, dvals
	fld f0, 256(x30)
	fadd.d f20, f22, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	addi x30, x31, 1856
	amominu.d x23, x3, (x30)
	la x30, dvals
	fld f13, 192(x30)
	fsqrt.d f15, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	la x30, dvals
	fld f3, 464(x30)
	la x30, dvals
	fld f30, 568(x30)
	fmsub.d f31, f3, f13, f30, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	la x30, dvals
	fld f16, 432(x30)
	fmul.d f12, f16, f14, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	fsw f24, 672(x31)
	lui x28, 1
	la x30, dvals
	fld f1, 416(x30)
	fmul.d f11, f1, f9, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	sd x5, 368(x31)
	addi x30, x31, 1824
	amomin.w.rl x4, x3, (x30)
	sh x28, 1236(x31)
	mv x8, x31
	c.fld f10, 192(x8)
	c.li x3, 5
	c.lui x3, 4
	la x30, dvals
	fld f28, 0(x30)
	fsqrt.d f13, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	mulw x26, x7, x21
	la x30, dvals
	fld f24, 520(x30)
	fnmsub.d f31, f26, f24, f22, rne
	lhu x10, 830(x2)
	slt x27, x23, x28
	srl x21, x18, x22
	c.addi x25, 5
	c.addiw x25, 1
	sll x0, x28, x3
	sraw x20, x20, x28
	la x30, dvals
	flw f7, 304(x30)
	fmul.s f9, f7, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 94(x30)
	ld x23, 1610(x31)
	fcvt.d.wu f11, x10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 95(x30)
	addiw x5, x22, -1
	mv x15, x31
	c.lw x10, 48(x15)
	c.srli x11, 63
	c.andi x8, -21
	la x30, dvals
	flw f10, 628(x30)
	la x30, dvals
	flw f22, 648(x30)
	fmul.s f8, f10, f22, rne
	auipc x19, 1048575
	la x30, dvals
	fld f23, 200(x30)
	fsgnjn.d f16, f27, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 96(x30)
	sh x23, 874(x31)
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x31dd1199ee2175ae
	.dword 0xd20e6964fb7e3855
	.dword 0xb2e44b8f49237ee5
	.dword 0xf9067edaed799334
	.dword 0x3cf0ebdb10f8f8de
	.dword 0xf384dacf737cda81
	.dword 0xedbd5c77804072ae
	.dword 0x4cab4124b575bf03
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0x3fefa46e0e3eeeb7
	.dword 0xc18625004939a19b
	.dword 0xbff8257100c6ab32
	.dword 0x4179104477fb2324
	.dword 0x3e4bf193afa8743f
	.dword 0xc1944151aec69c16
	.dword 0xc15b8c86f8fa202b
	.dword 0xc152019b493ff673
	.dword 0xc10f3126cc8eb3bb
	.dword 0x3f8e3caba4f59ba6
	.dword 0xbffbf4e2e8ebdcc9
	.dword 0xbe97cc3deb519e35
	.dword 0xc33e3c33dc44b477
	.dword 0xc3e5774776b644e1
	.dword 0x8015a9adbd5462a5
	.dword 0x41eee06b6373bcaa
	.dword 0x0323114a5ba855df
	.dword 0xffd6b511dab7da63
	.dword 0x41e1756bfcdfc665
	.dword 0xffea4f57a9e0114f
	.dword 0xffe371e50750eef2
	.dword 0x832ffc7e62b882e6
	.dword 0x7fd7eca5cfd53ffc
	.dword 0x7fe99885f909d4b1
	.word 0xc0dc8485
	.word 0x3b3337f3
	.word 0x4456b720
	.word 0xba4825b7
	.word 0x39e4b4bf
	.word 0xc4cb4337
	.word 0xbe65fc17
	.word 0x438a2daf
	.word 0xb9861fbf
	.word 0x45657c2b
	.word 0x43643d71
	.word 0xc3f6ea68
	.word 0x527a5a
	.word 0xcb78e0cd
	.word 0x4b3b494e
	.word 0x7f544ea9
	.word 0x4f3a3ca4
	.word 0x4b624a1c
	.word 0x7f5df33c
	.word 0x4f2433a7
	.word 0x8074f2ac
	.word 0x13d0c22
	.word 0x816c6931
	.word 0x8f46f1fd
	.balign 16
scratch:
	.word 0x58584261
	.word 0x529d070b
	.word 0xbdffd895
	.word 0x9b462783
	.word 0xa97b6358
	.word 0x67103bd0
	.word 0x6d2b7745
	.word 0x7bb90224
	.word 0x2448549a
	.word 0xf5bb7d17
	.word 0xd923d37b
	.word 0xcad0b97d
	.word 0x621187c2
	.word 0xfd43876
	.word 0x938d3f7b
	.word 0xb82aec0a
	.word 0x50d0053f
	.word 0x5e8e6d84
	.word 0xf4ea277b
	.word 0xb0a6f059
	.word 0xbb1106ef
	.word 0xe259ca29
	.word 0xb88c7347
	.word 0xea758e95
	.word 0x2f476b86
	.word 0x84ce993d
	.word 0xaacb4be9
	.word 0xb5774c72
	.word 0xc3dd63ce
	.word 0x9b36179c
	.word 0x6172d4be
	.word 0x474420cc
	.word 0xa8e5ed22
	.word 0xbd7557c2
	.word 0xe62e9c84
	.word 0x827ecd3b
	.word 0x20e99a37
	.word 0x66410fe0
	.word 0xb018abfe
	.word 0x98010ed
	.word 0x782b1143
	.word 0x5a6cf402
	.word 0x597618f4
	.word 0xd7726dc0
	.word 0xc38e3405
	.word 0xa4dc46c2
	.word 0xac8608c0
	.word 0xde59ffef
	.word 0xd529889d
	.word 0x63710a80
	.word 0x6045990
	.word 0x2bf5fe6b
	.word 0x13225a97
	.word 0x5662434f
	.word 0xdf7e250a
	.word 0x60327445
	.word 0xf9e2a018
	.word 0x11df2be8
	.word 0x60e86699
	.word 0xeb556004
	.word 0xadedb66e
	.word 0x7f2f043e
	.word 0x6ab9f6aa
	.word 0xd9ff0f1c
	.word 0x3b8ef152
	.word 0x513cb380
	.word 0x2ed6d4e6
	.word 0x7d07b6a3
	.word 0xf1a1fa0a
	.word 0x12fb723a
	.word 0xeb3d80e4
	.word 0x3f0483f4
	.word 0x4030dd69
	.word 0x2827c447
	.word 0xc546ce10
	.word 0x8c1cca12
	.word 0xbe8e971d
	.word 0xe1cd244b
	.word 0xedc8bbc9
	.word 0xac8d34b1
	.word 0x4979263c
	.word 0xda6c8c83
	.word 0x3465e6dd
	.word 0x9f7e52c2
	.word 0xf1e13271
	.word 0x22404d66
	.word 0x567f8a90
	.word 0x4296f9c6
	.word 0x28609531
	.word 0x6213a212
	.word 0xdc6cce7a
	.word 0xf1d639cb
	.word 0xeb07153c
	.word 0x3db2ac6c
	.word 0x6fdc1613
	.word 0x4ede131c
	.word 0x1b077d02
	.word 0x604fad71
	.word 0x29d937a1
	.word 0xea8f16d7
	.word 0x2ebad5d
	.word 0x9f46e95d
	.word 0xfc0650b
	.word 0x6f4193db
	.word 0xfa617586
	.word 0x4eea222e
	.word 0x5f530859
	.word 0xf55ed9d5
	.word 0xe2e9b207
	.word 0x418e3233
	.word 0x7eca2b37
	.word 0x4e360ac1
	.word 0x62a3c3b6
	.word 0x4074d55c
	.word 0x81383e53
	.word 0x58b1b86a
	.word 0x98253934
	.word 0xdf777015
	.word 0x1fccdd4f
	.word 0x8ca90dd
	.word 0xf2ab15
	.word 0xe7941a7d
	.word 0xffaa8a10
	.word 0x73f371e4
	.word 0xa4301f63
	.word 0x5c59bd2d
	.word 0x147932b3
	.word 0x77c63f24
	.word 0xb47e0195
	.word 0xfddfedd3
	.word 0xcd431c1
	.word 0xd766c257
	.word 0xeaa89de1
	.word 0xdb8cec0b
	.word 0x87b84ead
	.word 0x43d89afb
	.word 0x407d85b8
	.word 0xe995467d
	.word 0x6a021cd0
	.word 0x1a990b9c
	.word 0x46b85b49
	.word 0xf7fae981
	.word 0xf3990064
	.word 0xa128dc6e
	.word 0xee0d66bc
	.word 0x19823df1
	.word 0x99ba6f0f
	.word 0x5f274162
	.word 0x56600607
	.word 0x82b967b7
	.word 0x67b5c290
	.word 0x23120103
	.word 0x57843da
	.word 0xad63ae3b
	.word 0xcc30ef49
	.word 0xeaed5305
	.word 0x5137bb23
	.word 0x6c22894a
	.word 0x9c712e2f
	.word 0x8f26cc55
	.word 0x8324a763
	.word 0xeed15c67
	.word 0x6ee607e9
	.word 0x6d756c64
	.word 0xdfc80f18
	.word 0x1b4761ad
	.word 0x1925f894
	.word 0x60d25a6f
	.word 0x586a5ba0
	.word 0x70d417cf
	.word 0xb79c55f9
	.word 0x994e0668
	.word 0x69e67f89
	.word 0x64f69cc2
	.word 0x5abe69d5
	.word 0x6714c0f7
	.word 0x1e41b132
	.word 0x249b4521
	.word 0xcbd724fe
	.word 0xc656981a
	.word 0xbfef84b0
	.word 0xa04dc28c
	.word 0x1b959ec2
	.word 0xa1fcd664
	.word 0x5d39347c
	.word 0xd67bd47
	.word 0xa32b2420
	.word 0x3247b917
	.word 0x69c24f05
	.word 0x247d1d94
	.word 0x7e341013
	.word 0x7af7cf08
	.word 0xe1c75ee3
	.word 0x497c462e
	.word 0xf68538b2
	.word 0x63f95f1b
	.word 0x4b5979d6
	.word 0xe812f707
	.word 0x68bbc3be
	.word 0x94d70d8
	.word 0x4d924d13
	.word 0x8235ce6b
	.word 0x44eec177
	.word 0x4cd8df7
	.word 0x1b15de8e
	.word 0xb84d936c
	.word 0x4e22d9fc
	.word 0xb6b73d32
	.word 0x733be2fa
	.word 0xe3f00c48
	.word 0xad56d3f4
	.word 0x92256460
	.word 0xeb861db4
	.word 0x2e21bc2c
	.word 0x2d222f3e
	.word 0x707eb0dc
	.word 0x6ac91e2e
	.word 0x6893afa8
	.word 0xb1b2827b
	.word 0xde4fc225
	.word 0xe7655520
	.word 0xf5ef0bc0
	.word 0x867730eb
	.word 0x6d267b1e
	.word 0xeaf8adbc
	.word 0x16a5117b
	.word 0x25cf4cfe
	.word 0x464db016
	.word 0xf9ae0e11
	.word 0x35ea76c7
	.word 0x1d67c09e
	.word 0x4bfa36a4
	.word 0xa8f8b653
	.word 0x7863a00a
	.word 0x803e215b
	.word 0xc6b90971
	.word 0x157c0dfa
	.word 0xca3f4fb
	.word 0x35a91145
	.word 0xe7b6ea25
	.word 0x64b8bcdc
	.word 0x1743aced
	.word 0x39198dc2
	.word 0x1c98fbd2
	.word 0x7fb5fe43
	.word 0xcfc231dd
	.word 0xb6c37101
	.word 0xc4849370
	.word 0x8bbdb8a5
	.word 0xa989d8d1
	.word 0xc0e58298
	.word 0x6661e2a3
	.word 0x1c805899
	.word 0xe5fd1950
	.word 0x9c307d5b
	.word 0xe0f1c656
	.word 0xdf56232b
	.word 0x7d5a98f2
	.word 0xe6dd35d0
	.word 0x4c85a983
	.word 0xcf031e79
	.word 0x35416bff
	.word 0x1fee7be0
	.word 0xc2d06689
	.word 0xe2510a9
	.word 0x2a3cb091
	.word 0x39f71e46
	.word 0x9dc9d879
	.word 0x7e13c85a
	.word 0xe409f116
	.word 0x9f40dc63
	.word 0x1d533ea5
	.word 0x2a73df26
	.word 0x6371ca4d
	.word 0x1d30ad71
	.word 0x1b4faefe
	.word 0x3c932f76
	.word 0x76c5bac8
	.word 0xf2079ac6
	.word 0x2ab41749
	.word 0xa3f10f87
	.word 0xc2347e67
	.word 0xf2efabfb
	.word 0xf589ce53
	.word 0x443ac632
	.word 0x836d81cc
	.word 0x59d714a6
	.word 0xd332a9e7
	.word 0x47cf56e0
	.word 0xf730d49
	.word 0xb5995ea4
	.word 0x57ffa1c2
	.word 0xdb31b401
	.word 0x5b8db9f9
	.word 0x7aef1ba0
	.word 0xaaf1bacd
	.word 0x28a2d739
	.word 0x3afc0d7b
	.word 0xd1352a92
	.word 0xf88d4481
	.word 0x53b4dd6f
	.word 0xcb327503
	.word 0x37d8ae8a
	.word 0x63360e4e
	.word 0xfd0c7911
	.word 0x37e260c6
	.word 0x4a93a5b
	.word 0x5fab3eea
	.word 0x36ba38f1
	.word 0x45202443
	.word 0x74a4f677
	.word 0xa7260b02
	.word 0xae897c01
	.word 0xa02a8c25
	.word 0xc464cab2
	.word 0xfb66214b
	.word 0xd6a4836c
	.word 0x9fed2108
	.word 0x424ba12e
	.word 0xfba13939
	.word 0x4c48983a
	.word 0xb6b1043d
	.word 0x50eb0be6
	.word 0x36db68d
	.word 0x235c633
	.word 0xe48c920a
	.word 0xaf70c4ec
	.word 0x4a4efc5a
	.word 0x2d7b21b8
	.word 0x60cca6de
	.word 0x76f48675
	.word 0x2170f868
	.word 0xf1c10d96
	.word 0xde07104f
	.word 0xbdd32748
	.word 0xfe733175
	.word 0x93e6763b
	.word 0xf9062dcb
	.word 0xab552114
	.word 0xe183734f
	.word 0x72b043fa
	.word 0x2328ed3d
	.word 0xef651d3a
	.word 0xd48d103b
	.word 0xa7c324be
	.word 0xa9c42794
	.word 0x8be090ef
	.word 0xa65abe31
	.word 0xc200391f
	.word 0x6154ca4e
	.word 0xfbb3be40
	.word 0x304f7dd
	.word 0x221c3d62
	.word 0x13b5d8fa
	.word 0xbdf3594f
	.word 0xd809662
	.word 0xf6d7e144
	.word 0x5513e35b
	.word 0x66a6b07
	.word 0x2a5f7ec2
	.word 0x756cdc21
	.word 0x33f9e1f5
	.word 0xf72f84d6
	.word 0xf11da68c
	.word 0xfc4c892a
	.word 0xc0560c5e
	.word 0x3a645ab0
	.word 0x97724709
	.word 0x2df210c0
	.word 0x92aec195
	.word 0x1914dfbb
	.word 0xde9c278a
	.word 0x17c41d3c
	.word 0x181936ad
	.word 0xe75db0ab
	.word 0x7857f9ef
	.word 0x6a21111a
	.word 0x484cd67b
	.word 0x82f8387a
	.word 0x3b106aa1
	.word 0xfece61e3
	.word 0x6cb10bda
	.word 0xf487cadf
	.word 0xb659aa11
	.word 0xe062b81c
	.word 0x5b4d162c
	.word 0xc895b7e8
	.word 0xb379935c
	.word 0xa3582975
	.word 0x68ad938e
	.word 0x815be2e0
	.word 0x5df41003
	.word 0x2177e0d9
	.word 0x70f9638f
	.word 0xcd9d14ab
	.word 0x8e0026cf
	.word 0xd1e9f7c3
	.word 0xd2de92b
	.word 0xb112f4cf
	.word 0x1ee7024a
	.word 0x2b699ebd
	.word 0xf786ea2
	.word 0x5729d174
	.word 0xcdeb9917
	.word 0x67ede813
	.word 0x871349e4
	.word 0x2bd86093
	.word 0xde887db6
	.word 0xf6e47009
	.word 0x6448e31b
	.word 0x7d5c5ece
	.word 0x2639540c
	.word 0x9ba29850
	.word 0xddb77c84
	.word 0x76db5777
	.word 0x9a8294cd
	.word 0xcb7148c0
	.word 0xaf4e0774
	.word 0x9bb6a424
	.word 0xa972741d
	.word 0x19c55b45
	.word 0xe719e073
	.word 0xb9ea52f8
	.word 0x85104f62
	.word 0x13756a9c
	.word 0x7af0046f
	.word 0x35c6f371
	.word 0x9ebc7205
	.word 0xf67951b
	.word 0x4555f4d9
	.word 0x821b8efe
	.word 0x8b42d49c
	.word 0xebf6b2f4
	.word 0x88ada820
	.word 0x889f6874
	.word 0xd7aa8d3c
	.word 0x47a4897a
	.word 0x7ffe5df
	.word 0x93cb77dd
	.word 0x5b2581e5
	.word 0x8833d949
	.word 0x904a9844
	.word 0xab0d4545
	.word 0x77197677
	.word 0x6320e91c
	.word 0xbe6995bd
	.word 0x17100992
	.word 0xd26a12e3
	.word 0x96f165f8
	.word 0xf389233f
	.word 0x2a3bb1c8
	.word 0xdc5166e9
	.word 0xe10beb4f
	.word 0x102aeabe
	.word 0xe2dc8c00
	.word 0x18ca006e
	.word 0x403a6dad
	.word 0xbc76a62a
	.word 0x7ec99c13
	.word 0xe4308c76
	.word 0x4278e389
	.word 0x9f347d2d
	.word 0x2ab79c5
	.word 0xdfee0e8c
	.word 0xd9cfb3f3
	.word 0xd989414b
	.word 0xc5ab6afb
	.word 0xb67f8ea1
	.word 0xb2da23f4
	.word 0x223fcc66
	.word 0xaddf565f
	.word 0xa5862f75
	.word 0x6d7f5761
	.word 0x75f5a1a8
	.word 0xf9d8e848
	.word 0x7ee2de20
	.word 0x81ff5ad3
	.word 0x3e04ffa1
	.word 0x9fe16479
	.word 0xdeada40e
	.word 0x2fa67218
	.word 0xdd455faa
	.word 0xa0b4bab2
	.word 0xcbbec923
	.word 0x41ceadae
	.word 0x1b1fd5f3
	.word 0xd5996143
	.word 0xcf9ecefb
	.word 0xde751ebb
	.word 0xc9ea4d2a
	.word 0x89a6ecad
	.word 0xd25fb034
	.word 0xaf7d6118
	.word 0x68927657
	.word 0xed482a1b
	.word 0xe96cfdde
	.word 0xac37d015
	.word 0x909e3aef
	.word 0xafbdd0ce
	.word 0xa127599c
	.word 0x88b6e56
	.word 0xcd720236
	.word 0x2ba4112c
	.word 0x99b9786c
	.word 0x6020c5f6
	.word 0x6b590e99
	.word 0x1bcb705c
	.word 0xcdd99d3c
	.word 0x31b22263
	.word 0xca316b1c
	.word 0xd018e15
	.word 0xa4a53ef4
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
